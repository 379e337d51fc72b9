export default function PlanWorkspace() {
  return null;
}
