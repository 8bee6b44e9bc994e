-- Roles are reference data the code relies on by id (1 = learner, 2 = admin); they ship with the schema.
INSERT INTO "roles" ("id", "name") VALUES (1, 'learner'), (2, 'admin') ON CONFLICT ("id") DO NOTHING;
