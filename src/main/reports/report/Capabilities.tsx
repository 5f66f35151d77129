import { Rect, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer';
import {
  capabilityKindLabels,
  capabilitySentence,
  countedLevels,
  formatGap,
  gapHeatCells,
  gapShades,
  rankedGaps,
  scaleOf,
  unknownShade,
  type HeatCell,
} from '../../../shared/domain';
import { Heading, styles, Table } from '../parts';
import { colours, pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** The text block's width on an A4 portrait page, in points. */
const BLOCK = 595.28 - 96;
const NAME = 180;
const CELL_H = 24;
const cellText = { fontFamily: 'Inter', fontSize: 8.5, fontWeight: 700 };
const detailText = { fontFamily: 'Inter', fontSize: 7 };
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One heatmap cell as SVG: its shade, the gap in bold and what it rests on below. */
function Cell({ cell, x, width }: { cell: HeatCell | null; x: number; width: number }) {
  if (!cell) return <Rect x={x + 1} y={1} width={width - 2} height={CELL_H - 2} fill="#ffffff" stroke={colours.rule} strokeWidth={0.5} />;
  const middle = x + width / 2;
  return (
    <>
      <Rect x={x + 1} y={1} width={width - 2} height={CELL_H - 2} fill={cell.shade.fill} />
      <SvgText x={middle} y={11} textAnchor="middle" style={cellText} fill={cell.shade.ink}>
        {cell.text}
      </SvgText>
      <SvgText x={middle} y={20} textAnchor="middle" style={detailText} fill={cell.shade.ink}>
        {cell.detail}
      </SvgText>
    </>
  );
}

/**
 * The capability analysis (PRODUCT.md section 9): the framework in a sentence, the role ×
 * capability gap heatmap, the top five ranked gaps and what the learners say they need. Only
 * rollups: no person's id or rating is printed.
 */
export function Capabilities({ data, onPage }: SectionProps) {
  const { s } = data;
  if (s.capabilities.length === 0)
    return (
      <View>
        <SectionHeading id="capabilities" onPage={onPage} />
        <NotYet>Capability framework: not recorded yet.</NotYet>
      </View>
    );
  const heat = gapHeatCells(s);
  const scale = scaleOf(s.engagement);
  const width = heat.roles.length ? Math.min(95, (BLOCK - NAME) / heat.roles.length) : 0;
  const assessed = [...countedLevels(s.assessments).values()].reduce((n, people) => n + people.size, 0);
  const top = rankedGaps(heat.cells, s.capabilities, s.behaviours).slice(0, 5);
  const notes = s.audiences.filter((a) => a.learnerNeeds.trim());
  const name = (id: string) => s.capabilities.find((c) => c.id === id)?.name || 'Untitled capability';
  const role = (id: string) => s.audiences.find((a) => a.id === id)?.role || 'Unnamed role';
  return (
    <View>
      <SectionHeading id="capabilities" onPage={onPage} />
      <Text style={styles.p}>
        {pdfText(
          `${s.capabilities.length} capabilit${s.capabilities.length === 1 ? 'y' : 'ies'} for ${heat.roles.length} role${heat.roles.length === 1 ? '' : 's'}${
            heat.roles.length ? ` (${heat.roles.map((r) => r.role).join(', ')})` : ''
          }, rated on a ${scale.length}-level scale: ${scale.map((l) => `${l.level} ${l.name.toLowerCase()}`).join(', ')}. Current levels come from ${
            assessed
              ? `${assessed} first-assessment ratings (one per person and capability, the most objective source)`
              : 'no assessments yet'
          }${s.requirements.some((r) => r.typical !== null) ? ', and hand estimates where no one was assessed' : ''}.`,
        )}
      </Text>
      {capabilitySentence(s) && <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(capabilitySentence(s)!)}</Text>}
      <Heading level={3}>Gap by role and capability</Heading>
      {heat.roles.length === 0 ? (
        <NotYet>Required levels: not recorded yet.</NotYet>
      ) : (
        <View>
          <View style={{ flexDirection: 'row', marginBottom: 2 }} wrap={false} minPresenceAhead={CELL_H * 2}>
            <Text style={{ width: NAME, fontSize: 8, color: colours.muted }}>Capability (kind)</Text>
            {heat.roles.map((r) => (
              <Text key={r.id} style={{ width, fontSize: 8, fontWeight: 600, textAlign: 'center' }}>
                {pdfText(r.role)}
              </Text>
            ))}
          </View>
          {heat.rows.map((row) => (
            <View key={row.capability.id} style={{ flexDirection: 'row', alignItems: 'center' }} wrap={false}>
              <Text style={{ width: NAME, fontSize: 8, paddingRight: 4 }}>
                {pdfText(`${row.capability.name || 'Untitled capability'} (${capabilityKindLabels[row.capability.kind].toLowerCase()})`)}
              </Text>
              <Svg width={width * heat.roles.length} height={CELL_H}>
                {row.cells.map((cell, i) => (
                  <Cell key={heat.roles[i].id} cell={cell} x={i * width} width={width} />
                ))}
              </Svg>
            </View>
          ))}
          <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 }} wrap={false}>
            {[...gapShades, unknownShade].map((shade) => (
              <View key={shade.id} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 8, marginBottom: 2 }}>
                <View style={{ width: 10, height: 8, backgroundColor: shade.fill, marginRight: 3 }} />
                <Text style={{ fontSize: 7.5 }}>{shade.label}</Text>
              </View>
            ))}
          </View>
          <Text style={[styles.small, styles.muted, { marginBottom: 6 }]}>
            Each cell: the gap (required level − mean current level; “est.” a hand estimate), then the current level of the required one and
            how many people were assessed. A blank cell: the role does not require that capability.
          </Text>
        </View>
      )}
      <Heading level={3}>The gaps to close first</Heading>
      {top.length === 0 ? (
        <NotYet>No role falls short of a required level where the current level is known.</NotYet>
      ) : (
        <Table
          columns={[
            { label: 'Capability', width: '31%' },
            { label: 'Role', width: '17%' },
            { label: 'Gap', width: '8%', align: 'right' },
            { label: 'Below required', width: '18%', align: 'right' },
            { label: 'Importance × behaviour priority', width: '16%', align: 'right' },
            { label: 'Score', width: '10%', align: 'right' },
          ]}
          rows={top.map((g) => [
            pdfText(name(g.capabilityId)),
            pdfText(role(g.audienceId)),
            `${formatGap(g.gap ?? 0)}${g.basis === 'estimated' ? ' est.' : ''}`,
            g.shareBelow === null ? 'estimate' : `${percent(g.shareBelow)} (${Math.round(g.shareBelow * g.people)} of ${g.people})`,
            `${g.importance} × ${g.behaviourPriority}`,
            (Math.round(g.score * 10) / 10).toFixed(1),
          ])}
        />
      )}
      <Heading level={3}>What the learners say they need</Heading>
      {notes.length === 0 ? (
        <NotYet>Learning-needs analysis: not recorded yet.</NotYet>
      ) : (
        notes.map((a) => (
          <Text key={a.id} style={styles.p}>
            <Text style={{ fontWeight: 600 }}>{pdfText(a.role)}: </Text>
            {pdfText(a.learnerNeeds)}
          </Text>
        ))
      )}
    </View>
  );
}
