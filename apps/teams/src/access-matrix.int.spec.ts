import { describeAccessMatrix } from '@csirt/testing';
import { teamsSubgraph } from './subgraph';

// Role checks only: no events are needed, so no consumer.
describeAccessMatrix('teams', { ...teamsSubgraph, consumes: undefined }, 'csirt_test_teams');
