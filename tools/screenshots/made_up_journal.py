#!/usr/bin/env python3
"""A made-up November 2026 as a journal export (JSON on stdout), for the screenshots that need a journal: the
report's first page and "Last time it hurt here" (docs/screenshots/README.md).

The right temple, the side of the neck and the upper back get better over four weeks, the jaw hurts in the first
week, the left calf and the low back in the last; the person presses the upper trapezius and the levator
scapulae now and then and notes the pain before and after. Deterministic: the same file every run.

    tools/screenshots/made_up_journal.py > month.json
    build/bin/tpmap notes import month.json --journal /tmp/month.sqlite
"""
import datetime
import json
import uuid


def note_id(day, hour):
    # A version-4 form (the import checks the form), the same for the same note every run.
    return str(uuid.UUID(int=(day * 100 + hour) | (4 << 76) | (0x8 << 60)))


def treatment(muscle, point, technique, minutes, before, after):
    return {"muscle": muscle, "trigger_point": point, "technique": technique, "minutes": minutes,
            "before": before, "after": after}


def main():
    notes = []
    start = datetime.date(2026, 11, 1)
    for d in range(28):
        day = start + datetime.timedelta(days=d)
        better = d / 27
        for hour in (8, 19):
            spots = [
                {"region": "head.temple:right", "intensity": round(7 - 4 * better), "quality": "aching"},
                {"region": "neck.side:right", "intensity": round(6 - 3 * better), "quality": "aching"},
                {"region": "back.scapula_inner:right", "intensity": 5 if d % 2 else 4, "quality": "aching"},
            ]
            if d < 7:
                spots.append({"region": "head.jaw_joint:right", "intensity": 6, "quality": "sharp"})
                spots.append({"region": "shoulder.top:left", "intensity": 3, "quality": "stiff"})
            if d >= 21:
                spots.append({"region": "leg.calf_upper:left", "intensity": 4, "quality": ""})
                spots.append({"region": "back.lumbar:right", "intensity": 3, "quality": "stiff"})
            treatments = []
            if hour == 8 and d % 3 == 0:
                treatments.append(treatment("upper-trapezius", "upper-trapezius-1",
                                            "Ball or cane-hook pressure on the top of the shoulder", 5, 7, 4))
            if hour == 19 and d % 4 == 1:
                treatments.append(treatment("upper-trapezius", "upper-trapezius-1",
                                            "Pincer grip on the top of the shoulder", 3, 6, 5))
            if hour == 19 and d % 5 == 2:
                treatments.append(treatment("levator-scapulae", "levator-scapulae-1",
                                            "Ball against the wall at the angle of the neck", 4, 6, 3))
            # Tags as the app writes them (a session's, the symptoms ticked on a drawing) and one of the person's own.
            tags = []
            if treatments and hour == 8:
                tags.append("session")
            if d < 7 and hour == 8:
                tags.append("symptom:headache")
            if d % 7 == 3:
                tags.append("work")
            notes.append({
                "id": note_id(d, hour),
                "when": f"{day.isoformat()}T{hour:02d}:00:00+01:00",
                "intensity": round(7 - 4 * better),
                "text": "Long day at the desk." if d % 2 == 0 else "Better after a walk.",
                "spots": spots,
                "factors": ["long-sitting"] if d % 2 == 0 else [],
                "treatments": treatments,
                "tags": tags,
            })
    print(json.dumps({"format": "trigger-map-journal", "version": 2, "notes": notes}, indent=0))


if __name__ == "__main__":
    main()
