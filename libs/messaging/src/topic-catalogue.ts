import { readFileSync } from 'node:fs';
import type { Kafka } from 'kafkajs';
import { z } from 'zod';

/** One topic as the platform team declares it in infra/kafka/topics.json. */
export const TopicSpecSchema = z.object({
  name: z.string().regex(/^[a-z0-9._-]+$/),
  partitions: z.number().int().positive(),
  retentionMs: z.number().int().positive(),
  cleanupPolicy: z.enum(['delete', 'compact']).default('delete'),
  description: z.string(),
  /** Service principals that consume the topic, or `partners` for every partner CSIRT. */
  readers: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});
export type TopicSpec = z.infer<typeof TopicSpecSchema>;

export function readTopicCatalogue(path: string): TopicSpec[] {
  const parsed = z.object({ topics: z.array(TopicSpecSchema) }).parse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.topics;
}

/**
 * Creates the catalogue's missing topics; existing ones are left alone, so it is safe to
 * run at every start. `replicationFactor` is 1 on a single development broker.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[], replicationFactor = 1): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic: topic.name,
        numPartitions: topic.partitions,
        replicationFactor,
        configEntries: [
          { name: 'retention.ms', value: String(topic.retentionMs) },
          { name: 'cleanup.policy', value: topic.cleanupPolicy },
        ],
      })),
    });
    return missing.map((topic) => topic.name);
  } finally {
    await admin.disconnect();
  }
}
