-- Keys that let outside clients (Open311 apps) create reports. Only a SHA-256 of the key is
-- kept: a key is 32 random bytes, so a fast hash is enough and a leaked table reveals no key.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  key_prefix text NOT NULL, -- the first characters, so an admin can tell keys apart
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- What the reporter typed as the place (Open311 address_string); the location stays the truth.
ALTER TABLE reports ADD COLUMN address text;
