import { describeAccessMatrix } from '@csirt/testing';
import { incidentsSubgraph } from './subgraph';

// Role checks only: no events are needed, so no consumer.
describeAccessMatrix('incidents', { ...incidentsSubgraph, consumes: undefined }, 'csirt_test_incidents');
