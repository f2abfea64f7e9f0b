import { inTopicOrder } from '../../electron/services/signing/topic-order';

const course = ['why', 'accounts', 'images'];

it('clauses are grouped in the course’s topic order, each topic keeping the policy’s order', () => {
  const clauses = [
    { id: 'a', modules: ['why'] },
    { id: 'b', modules: ['images'] },
    { id: 'c', modules: ['accounts', 'why'] },
    { id: 'd', modules: ['why'] },
    { id: 'e', modules: ['images'] },
  ];
  expect(inTopicOrder(clauses, course).map((c) => c.id)).toEqual(['a', 'd', 'c', 'b', 'e']);
});

it('a clause no module of the course teaches comes last, not lost', () => {
  const clauses = [
    { id: 'own', modules: [] },
    { id: 'x', modules: ['gone'] },
    { id: 'a', modules: ['images'] },
  ];
  expect(inTopicOrder(clauses, course).map((c) => c.id)).toEqual(['a', 'own', 'x']);
});
