-- PostGIS is the only extension: H3 cells are plain BIGINTs (see h3_parent in 0002).
CREATE EXTENSION IF NOT EXISTS postgis;
