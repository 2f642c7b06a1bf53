import { z } from 'zod';
import { envSchemas, kafkaCredentialsComplete, kafkaEnvironment, toKafkaConnection } from './config';

const schema = z.object(kafkaEnvironment).refine(kafkaCredentialsComplete.check, kafkaCredentialsComplete.message);

describe('Kafka environment', () => {
  it('turns username and password into the service principal, SCRAM-SHA-512 by default', () => {
    const env = schema.parse({ KAFKA_BROKERS: 'k1:9092,k2:9092', KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 's3cret' });
    expect(toKafkaConnection(env)).toEqual({
      brokers: ['k1:9092', 'k2:9092'],
      sasl: { mechanism: 'scram-sha-512', username: 'intake', password: 's3cret' },
      tls: undefined,
    });
  });

  it('turns TLS on with KAFKA_SSL', () => {
    const env = schema.parse({ KAFKA_BROKERS: 'k1:9093', KAFKA_SSL: 'true', KAFKA_SASL_USERNAME: 'teams', KAFKA_SASL_PASSWORD: 'p', KAFKA_SASL_MECHANISM: 'scram-sha-256' });
    expect(toKafkaConnection(env)).toMatchObject({ tls: { ca: undefined }, sasl: { mechanism: 'scram-sha-256' } });
  });

  it('refuses half a credential and unknown mechanisms', () => {
    expect(schema.safeParse({ KAFKA_BROKERS: 'k:9092', KAFKA_SASL_USERNAME: 'intake' }).success).toBe(false);
    expect(schema.safeParse({ KAFKA_BROKERS: 'k:9092', KAFKA_SASL_PASSWORD: 'p' }).success).toBe(false);
    expect(schema.safeParse({ KAFKA_BROKERS: 'k:9092', KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_PASSWORD: 'p', KAFKA_SASL_MECHANISM: 'gssapi' }).success).toBe(false);
  });
});

describe('shared value schemas', () => {
  it('accepts http(s) URLs only', () => {
    expect(envSchemas.httpUrl().safeParse('https://cert.example.org/.well-known/csaf').success).toBe(true);
    expect(envSchemas.httpUrl().safeParse('ftp://cert.example.org').success).toBe(false);
    expect(envSchemas.httpUrl().safeParse('not a url').success).toBe(false);
  });

  it('accepts a file path only when the file can be read now', () => {
    expect(envSchemas.readableFile().safeParse(__filename).success).toBe(true);
    expect(envSchemas.readableFile().safeParse(`${__filename}.missing`).success).toBe(false);
  });
});
