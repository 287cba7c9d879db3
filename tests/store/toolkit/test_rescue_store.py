"""Rescue plan steps and care contacts on a real SQLite file."""

import pytest

from fibro_desktop.core.toolkit.validation import InvalidInput
from fibro_desktop.store import rescue_plan as store
from tests.conftest import TEST_NOW


def test_the_seeded_plan_can_be_edited_reordered_and_extended(seeded):
    steps = store.list_steps(seeded)
    assert [s.relief for s in steps][:2] == ["range_of_motion", "heat"]
    store.update_step(seeded, TEST_NOW, steps[0].id, title="Wiggle it", how_to="Small circles.")
    own = store.add_step(seeded, TEST_NOW, "Call a friend", "Someone who makes me laugh.")
    store.set_step_order(seeded, TEST_NOW, [own.id] + [s.id for s in steps])
    steps = store.list_steps(seeded)
    assert steps[0].title == "Call a friend" and steps[0].relief is None
    assert steps[1].title == "Wiggle it"
    store.delete_step(seeded, own.id)
    assert len(store.list_steps(seeded)) == 6
    with pytest.raises(InvalidInput):
        store.add_step(seeded, TEST_NOW, " ")


def test_care_contacts_add_update_delete_and_validate(db):
    pt = store.save_contact(db, TEST_NOW, role="physical_therapist", name="Dana Ruiz", phone="+34 600 000 000")
    store.save_contact(db, TEST_NOW, contact_id=pt.id, role="physical_therapist", name="Dana Ruiz",
                       email="dana@clinic.example")
    store.save_contact(db, TEST_NOW, role="doctor", name="Dr Okafor")
    contacts = store.list_contacts(db)
    assert [c.name for c in contacts] == ["Dana Ruiz", "Dr Okafor"]
    assert contacts[0].email == "dana@clinic.example" and contacts[0].phone == ""
    for bad in (dict(role="wizard", name="X"), dict(role="doctor", name=""),
                dict(role="doctor", name="X", email="nope")):
        with pytest.raises(InvalidInput):
            store.save_contact(db, TEST_NOW, **bad)
    store.delete_contact(db, pt.id)
    assert [c.name for c in store.list_contacts(db)] == ["Dr Okafor"]


def test_deleted_steps_and_contacts_come_back_in_place(seeded):
    steps = store.list_steps(seeded)
    store.delete_step(seeded, steps[2].id)
    store.restore_step(seeded, TEST_NOW, steps[2])
    assert store.list_steps(seeded) == steps
    contact = store.save_contact(seeded, TEST_NOW, role="doctor", name="Dr Okafor", phone="1")
    store.delete_contact(seeded, contact.id)
    store.restore_contact(seeded, TEST_NOW, contact)
    assert store.list_contacts(seeded) == [contact]
