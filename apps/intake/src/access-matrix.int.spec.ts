import { describeAccessMatrix } from '@csirt/testing';
import { intakeSubgraph } from './subgraph';

// Role checks only: no events are needed, so no consumer.
describeAccessMatrix('intake', { ...intakeSubgraph, consumes: undefined }, 'csirt_test_intake');
