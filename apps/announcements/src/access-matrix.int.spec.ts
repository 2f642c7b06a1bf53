import { describeAccessMatrix } from '@csirt/testing';
import { ReleaseRecorder } from './advisories/release-recorder.fixtures';
import { createAnnouncementsSubgraph } from './subgraph';

const announcementsSubgraph = createAnnouncementsSubgraph({ releaseDelivery: () => new ReleaseRecorder() });

// Role checks only: no events are needed, so no consumer.
describeAccessMatrix('announcements', { ...announcementsSubgraph, consumes: undefined }, 'csirt_test_announcements');
