import { withTimeout } from '@csirt/db';
import { Kafka, logLevel, Partitioners, type LogEntry, type Producer, type SASLOptions } from 'kafkajs';
import type { MessagingLogger } from './logger';

/**
 * kafkajs is the only Kafka client in the platform and it is used only through this
 * library, so that replacing it (it has had no release since 2023) touches one folder.
 */
export const KAFKA_SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256', 'plain'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

/** Who a client is on the broker: the principal its ACLs are granted to. */
export interface KafkaSasl {
  mechanism: KafkaSaslMechanism;
  username: string;
  password: string;
}

/** TLS to the brokers; `ca` (PEM) when the cluster's certificates are not publicly trusted. */
export interface KafkaTls {
  ca?: string;
}

/** Where the cluster is and how to prove who this client is. */
export interface KafkaConnection {
  /** Broker listener addresses, e.g. ['kafka-1:9092', 'kafka-2:9092']. Never the controller port. */
  brokers: string[];
  /** Absent only for a broker without authentication, which the platform does not run. */
  sasl?: KafkaSasl;
  tls?: KafkaTls;
}

export interface KafkaOptions extends KafkaConnection {
  clientId: string;
  log: MessagingLogger;
  /** How long to try to reach the cluster on each connection attempt. */
  connectionTimeoutMs?: number;
  /** Retries of a failed request (8 unless set); a probe that must answer fast uses fewer. */
  retries?: number;
}

export function createKafka(options: KafkaOptions): Kafka {
  const { log, sasl, tls } = options;
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...(sasl && { sasl: { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password } as SASLOptions }),
    ...(tls && { ssl: tls.ca ? { ca: [tls.ca], rejectUnauthorized: true } : { rejectUnauthorized: true } }),
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    retry: { initialRetryTime: 200, retries: options.retries ?? 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...fields } = entry;
        const line = `kafka: ${message}`;
        if (level === logLevel.ERROR) log.error(line, fields);
        else if (level === logLevel.WARN) log.warn(line, fields);
        else log.debug(line, fields);
      },
  });
}

/**
 * An idempotent producer that waits for all in-sync replicas: the broker drops the
 * duplicates its own retries would create, and one request in flight keeps the order
 * of a key's events.
 */
export async function createProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return producer;
}

/** Answers whether the cluster is reachable, for readiness probes. Keeps one admin connection. */
export class KafkaHealth {
  private readonly admin;
  private connected = false;

  constructor(kafka: Kafka) {
    this.admin = kafka.admin();
  }

  async isReachable(timeoutMs = 2_000): Promise<boolean> {
    try {
      await withTimeout(this.ping(), timeoutMs, 'kafka ping timed out');
      return true;
    } catch {
      return false;
    }
  }

  private async ping(): Promise<void> {
    if (!this.connected) {
      await this.admin.connect();
      this.connected = true;
    }
    await this.admin.describeCluster();
  }

  async close(): Promise<void> {
    if (this.connected) await this.admin.disconnect();
    this.connected = false;
  }
}

export type { Kafka, Producer } from 'kafkajs';
