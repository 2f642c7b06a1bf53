import { describeAccessMatrix } from '@csirt/testing';
import { announcementsSubgraph } from './subgraph';

// Role checks only: no events are needed, so no consumer.
describeAccessMatrix('announcements', { ...announcementsSubgraph, consumes: undefined }, 'csirt_test_announcements');
