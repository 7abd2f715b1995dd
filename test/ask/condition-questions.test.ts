import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * "What needs to happen before …", "what did Lima have to do first": a condition, answered by the
 * step that comes first ("once Congress approves", "after the approval of"), not by another mention of
 * the measure.
 */
describe('/ask on what must happen first', () => {
  const paragraphs = [
    "Peru's wheat duty cut will start on schedule, the trade ministry said on Monday.",
    "The wheat duty cut starts once Peru's Congress approves the budget law.",
  ];

  it.each([
    "what needs to happen before peru's wheat duty cut starts?",
    'what did peru have to do first before the wheat duty cut kicked in?',
  ])('answers "%s" with the step that comes first', async (question) => {
    expect(await askFirst(paragraphs, question)).toContain('approves');
  });
});
