// Goal factories: a goal input with sensible defaults, and one made through the API by a strategist.
import type { GoalDetail, GoalInput } from '../../server/schemas/goal.ts';
import type { Client } from './factories.ts';

let counter = 0;

export function goalInput(overrides: Partial<GoalInput> = {}): GoalInput {
  counter += 1;
  return {
    title: `Goal ${counter}`,
    kpi: 'jointProjectShare',
    baselineDate: '2024-05-15',
    target: 0.9,
    deadline: '2030-12-31',
    ...overrides,
  };
}

export async function createGoal(client: Client, overrides: Partial<GoalInput> = {}): Promise<GoalDetail> {
  const response = await client.inject({ method: 'POST', url: '/api/goals', payload: goalInput(overrides) });
  if (response.statusCode !== 201) throw new Error(`createGoal: ${response.statusCode} ${response.body}`);
  return response.json();
}
