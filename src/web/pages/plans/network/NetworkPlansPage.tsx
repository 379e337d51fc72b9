export default function NetworkPlansPage() {
  return null;
}
