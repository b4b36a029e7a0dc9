-- Members who joined before handles existed get one from their display name, numbered in order of joining where names repeat.
WITH named AS (
  SELECT id,
    coalesce(nullif(trim(both '-' from regexp_replace(lower(display_name), '[^a-z0-9]+', '-', 'g')), ''), 'member') AS base,
    row_number() OVER (
      PARTITION BY coalesce(nullif(trim(both '-' from regexp_replace(lower(display_name), '[^a-z0-9]+', '-', 'g')), ''), 'member')
      ORDER BY created_at, id
    ) AS n
  FROM users
  WHERE handle IS NULL
)
UPDATE users SET handle = CASE WHEN named.n = 1 THEN named.base ELSE named.base || '-' || named.n END
FROM named WHERE named.id = users.id;
