-- docker compose only: one database per service on the shared server.
CREATE DATABASE csirt_intake;
CREATE DATABASE csirt_incidents;
CREATE DATABASE csirt_teams;
CREATE DATABASE csirt_announcements;
