-- What a syndic firm prints at the top of its letters and reports (issue 20): its postal address, its enterprise
-- number (BCE/KBO), its IPI registration, a telephone, the e-mail owners write to and the account its fees are paid
-- to; and each association of co-owners' own enterprise number. All optional until recorded; the application checks
-- the mod-97 digits, the database keeps the stored shape.
-- migrate:up
ALTER TABLE organizations
  ADD COLUMN address varchar(255),
  ADD COLUMN bce_number varchar(12) CHECK (bce_number ~ '^[01][0-9]{3}\.[0-9]{3}\.[0-9]{3}$'),
  ADD COLUMN ipi_number varchar(7) CHECK (ipi_number ~ '^[0-9]{3}\.[0-9]{3}$'),
  ADD COLUMN phone varchar(30),
  ADD COLUMN letter_email varchar(254),
  ADD COLUMN fees_iban varchar(34) CHECK (fees_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$');

ALTER TABLE buildings
  ADD COLUMN association_bce varchar(12) CHECK (association_bce ~ '^[01][0-9]{3}\.[0-9]{3}\.[0-9]{3}$');

-- migrate:down
ALTER TABLE buildings DROP COLUMN association_bce;
ALTER TABLE organizations
  DROP COLUMN fees_iban,
  DROP COLUMN letter_email,
  DROP COLUMN phone,
  DROP COLUMN ipi_number,
  DROP COLUMN bce_number,
  DROP COLUMN address;
