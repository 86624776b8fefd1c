"""On PostgreSQL, the access log refuses UPDATE and DELETE too (same guard as the timeline)."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION cases_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER cases_caseaccess_append_only
    BEFORE UPDATE OR DELETE ON cases_caseaccess
    FOR EACH ROW EXECUTE FUNCTION cases_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS cases_caseaccess_append_only ON cases_caseaccess;
DROP FUNCTION IF EXISTS cases_append_only();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("cases", "0004_audit_and_idempotency")]
    operations = [migrations.RunPython(create, drop)]
