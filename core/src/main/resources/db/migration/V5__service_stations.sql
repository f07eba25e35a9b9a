-- 就业服务站: where a worker can go in person. Found by distance from a shared location.
CREATE TABLE service_station (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(64)   NOT NULL,
    region_code VARCHAR(12)   NOT NULL,
    region_path VARCHAR(80)   NOT NULL,
    address     VARCHAR(128)  NOT NULL,
    phone       VARCHAR(32)   NULL,
    hours       VARCHAR(64)   NULL,
    latitude    DECIMAL(9, 6) NOT NULL,
    longitude   DECIMAL(9, 6) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_station_position (latitude, longitude),
    KEY idx_station_region (region_path),
    CONSTRAINT fk_station_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
