-- Registrations of job seekers and the unemployed (EMP-02, EMP-05); filled by the registry issue.
CREATE TABLE registration (
    id            uuid PRIMARY KEY,
    iin           char(12)    NOT NULL,
    region_code   char(9)     NOT NULL,
    status        varchar(16) NOT NULL,
    registered_on date        NOT NULL,
    deregistered_on date
);
CREATE INDEX registration_region_status ON registration (region_code, status);
CREATE INDEX registration_iin ON registration (iin);
