import type { PlanTree } from '../../shared/schemas/plan';
import type { NeedsElementKey } from '../../shared/schemas/plan-enums';
import { type Block, type Cell, cell, dash, labelled, note, text } from './document-blocks';
import { causePriorityLabels, needsElementLabels, quadrantNames, quadrants } from './plan-document-labels';

/** Tool A's needs-assessment section: what was examined, how, the SWOT, root causes and priority areas. */
export function needsAssessment(plan: PlanTree): Block[] {
  const { elements, process, stakeholderInput } = plan.needs;
  const checked = (Object.keys(needsElementLabels) as NeedsElementKey[]).filter((k) =>
    elements.checked.includes(k),
  );
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Needs assessment' },
    { kind: 'heading', level: 2, text: 'Elements examined' },
    checked.length
      ? {
          kind: 'list',
          items: checked.map((k) => {
            const other = elements.other[k]?.trim();
            return {
              label: '•',
              runs: [{ text: other ? `${needsElementLabels[k]}: ${other}` : needsElementLabels[k] }],
            };
          }),
        }
      : note('No elements recorded.'),
    { kind: 'heading', level: 2, text: 'How the needs assessment was done' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'How was the needs assessment, including the root cause analysis, completed and who was involved?',
          bold: true,
        },
      ],
    },
    { kind: 'paragraph', runs: [text(process, 'Not recorded.')] },
    { kind: 'paragraph', runs: [{ text: 'How was stakeholder input included?', bold: true }] },
    { kind: 'paragraph', runs: [text(stakeholderInput, 'Not recorded.')] },
    { kind: 'heading', level: 2, text: 'Data analysis' },
  ];
  if (!plan.swot.length) blocks.push(note('No strengths, weaknesses, opportunities or threats recorded.'));
  for (const q of quadrants) {
    const entries = plan.swot.filter((e) => e.quadrant === q.key);
    if (!entries.length) continue;
    const positive = q.key === 'strength' || q.key === 'opportunity';
    const causes = (id: string) =>
      plan.rootCauses
        .filter((r) => r.swotEntryId === id)
        .map((r) => `${r.number}. ${r.rootCause ?? r.problem}`)
        .join('\n');
    blocks.push({
      kind: 'table',
      columns: [
        { header: q.title, width: 3 },
        { header: 'Evidence', width: 3 },
        {
          header: positive
            ? 'What can be leveraged to move us closer to our goals?'
            : 'What are the root causes?',
          width: 3,
        },
      ],
      rows: entries.map((e) => [
        cell(e.statement),
        cell(e.evidence),
        cell(positive ? e.leverage : causes(e.id) || null),
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Root cause analysis' });
  if (!plan.rootCauses.length) blocks.push(note('No root cause analyses yet.'));
  for (const r of plan.rootCauses) {
    const method = r.method === 'five_whys' ? '5 Whys' : 'Fishbone';
    blocks.push(
      { kind: 'heading', level: 3, text: `Root cause analysis ${r.number} (${method})` },
      labelled(r.method === 'five_whys' ? 'Symptom' : 'Problem', r.problem),
    );
    const explained = plan.swot.find((e) => e.id === r.swotEntryId);
    if (explained)
      blocks.push(labelled(`Explains (${quadrantNames[explained.quadrant]})`, explained.statement));
    if (r.method === 'five_whys') {
      blocks.push(
        r.whys.length
          ? {
              kind: 'list',
              items: r.whys.map((w, i) => ({
                label: `${i + 1}.`,
                runs: [
                  { text: w.question, bold: true },
                  { text: ` ${w.answer || dash}` },
                  ...(w.evidence ? [{ text: ` Evidence: ${w.evidence}`, italic: true }] : []),
                ],
              })),
            }
          : note('No whys recorded.'),
      );
    } else {
      const rows: Cell[][] = [];
      for (const c of r.categories) {
        if (!c.causes.length)
          rows.push([cell(c.name, { bold: true }), cell(null), cell(null), cell(null), cell(null)]);
        for (const [i, cause] of c.causes.entries()) {
          rows.push([
            cell(i === 0 ? c.name : '', { bold: true }),
            cell(cause.text),
            cell(cause.evidence || null),
            cell(cause.actionable ? 'Yes' : 'No'),
            cell(cause.priority ? causePriorityLabels[cause.priority] : null),
          ]);
        }
      }
      blocks.push(
        rows.length
          ? {
              kind: 'table',
              columns: [
                { header: 'Category', width: 1.6 },
                { header: 'Cause', width: 3 },
                { header: 'Evidence', width: 3 },
                { header: 'Actionable', width: 1.3 },
                { header: 'Priority', width: 1.1 },
              ],
              rows,
            }
          : note('No causes recorded.'),
      );
    }
    blocks.push(labelled('Root cause', r.rootCause, 'Not yet concluded.'));
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Priority areas' });
  blocks.push(
    plan.priorities.length
      ? {
          kind: 'list',
          items: plan.priorities.map((p) => ({
            label: `${p.number}.`,
            runs: [
              { text: p.title, bold: true },
              ...(p.description ? [{ text: ` — ${p.description}` }] : []),
            ],
          })),
        }
      : note('No priority areas yet.'),
  );
  return blocks;
}
