import { quickPathProposals } from '../../shared/content';
import { defaultWeight, quickPathState, type QuickPathState } from '../../shared/domain';
import type { Store } from '../db/store';
import { ServiceError } from './errors';
import { mustFind } from './records';

type Answer = 'yes' | 'no' | 'unsure';

function load(store: Store, behaviourId: string) {
  const behaviour = mustFind(store, 'behaviour', behaviourId);
  return { behaviour, state: quickPathState.parse(behaviour.quickPath ?? {}) };
}

export function answerQuestion(store: Store, behaviourId: string, questionId: string, answer: Answer | null) {
  const { behaviour, state } = load(store, behaviourId);
  const answers = { ...state.answers };
  if (answer === null) delete answers[questionId];
  else answers[questionId] = answer;
  return store.change(behaviour.engagementId, 'Answer quick-path question', (edit) =>
    edit.update('behaviour', behaviourId, { quickPath: { ...state, answers } }),
  );
}

/** Accepting a proposal writes its cause (or parks the behaviour) and remembers it, as one undo step. */
export function acceptProposal(store: Store, behaviourId: string, key: string) {
  const { behaviour, state } = load(store, behaviourId);
  const proposal = quickPathProposals(state).find((p) => p.key === key);
  if (!proposal) throw new ServiceError('conflict', 'That proposal no longer follows from the answers. Check the answers and try again.');
  if (proposal.status === 'accepted') throw new ServiceError('conflict', 'That proposal has already been added.');
  const next: QuickPathState = { ...state, accepted: [...state.accepted, key], dismissed: state.dismissed.filter((k) => k !== key) };
  const engagementId = behaviour.engagementId;
  return store.change(engagementId, proposal.kind === 'park' ? 'Park behaviour' : 'Add cause from the quick path', (edit) => {
    if (proposal.kind === 'park') {
      edit.update('behaviour', behaviourId, {
        quickPath: next,
        parked: true,
        parkNote: 'Parked by the quick path: the gap is not worth closing now.',
      });
      return;
    }
    edit.update('behaviour', behaviourId, { quickPath: next });
    edit.insert('cause', {
      id: crypto.randomUUID(),
      engagementId,
      behaviourId,
      order: store.nextOrder('cause', engagementId),
      text: proposal.text,
      cell: proposal.cell,
      weight: defaultWeight(store.engagement(engagementId)?.weightScale ?? 'points'),
      evidenceState: 'hypothesis',
      raisedBy: 'Quick path',
    });
  });
}

export function dismissProposal(store: Store, behaviourId: string, key: string) {
  const { behaviour, state } = load(store, behaviourId);
  if (!quickPathProposals(state).some((p) => p.key === key))
    throw new ServiceError('conflict', 'That proposal no longer follows from the answers.');
  const next = { ...state, dismissed: [...new Set([...state.dismissed, key])] };
  return store.change(behaviour.engagementId, 'Dismiss proposal', (edit) => edit.update('behaviour', behaviourId, { quickPath: next }));
}
