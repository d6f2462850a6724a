-- Boundaries of administrative units (docs/decisions/0032-unit-boundaries.md): one polygon or multipolygon per unit,
-- as GeoJSON geometry text in WGS84 (longitude, latitude), normalised when uploaded. Its bounding box sits in indexed
-- columns, so that a point look-up reads the few units whose box holds the point before the exact test in memory;
-- the centre is a point inside the boundary (for a map, or a report given only its unit); the digest (SHA-256 of the
-- text) names the geometry in the caches. A dissolved unit keeps its boundary with its row, as history.
create table admin_unit_boundary (
    unit_id          bigint                   not null primary key references admin_unit (id),
    geometry         varchar                  not null,
    min_latitude     double precision         not null,
    max_latitude     double precision         not null,
    min_longitude    double precision         not null,
    max_longitude    double precision         not null,
    centre_latitude  double precision         not null,
    centre_longitude double precision         not null,
    polygon_count    int                      not null,
    point_count      int                      not null,
    digest           varchar(64)              not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null
);
create index admin_unit_boundary_box_idx
    on admin_unit_boundary (min_latitude, max_latitude, min_longitude, max_longitude);
