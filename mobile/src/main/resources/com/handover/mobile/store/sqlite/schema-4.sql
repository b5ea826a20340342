-- Earlier versions kept the password in plain text when the user chose "remember". It is no longer kept: delete
-- it, with secure_delete on so the freed page is overwritten with zeros rather than left in the file.
PRAGMA secure_delete = ON;
DELETE FROM settings WHERE key = 'session.password';
