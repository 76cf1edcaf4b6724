"""Accounts made before coordinators existed were all facilitators: the data migration gives
them the right to run sessions."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.mark.django_db(transaction=True)
def test_it_gives_existing_accounts_the_facilitator_right() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("begeleiding", "0001_uitnodigingen_en_opruimingen")])
    User.objects.create_user("oud", password="workshop-2026!")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("begeleiding", "0002_begeleiders_behouden_hun_rechten")])

    assert User.objects.get(username="oud").has_perm("begeleiding.begeleider")
