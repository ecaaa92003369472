-- A returned transfer re-issued once (issue 12 §4): a new instruction for the same entitlement, under a new
-- end-to-end id; the primary key on the original id is the "once".
CREATE TABLE reissue (
    original_end_to_end_id varchar(35)    PRIMARY KEY,
    end_to_end_id          varchar(35)    NOT NULL UNIQUE,
    month                  char(7)        NOT NULL,
    family_id              text           NOT NULL,
    region_code            char(9)        NOT NULL,
    person_key             char(64)       NOT NULL,
    masked_iin             text           NOT NULL,
    amount                 numeric(14, 2) NOT NULL CHECK (amount > 0),
    lines                  bigint         NOT NULL,
    reissued_by            text           NOT NULL,
    reissued_at            timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX reissue_month ON reissue (month, region_code);
