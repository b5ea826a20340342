#!/usr/bin/env python3
"""Recomputes the contentHash of the protocol's golden sign-off and work-order confirmation.

An implementation independent of the server's Java code, from docs/PROTOCOL.md ("How contentHash is
computed") alone: it folds the golden operations into SignedContent and WorkOrderContent, writes them as
RFC 8785 canonical JSON, hashes the UTF-8 bytes with SHA-256 and compares with the golden files. Standard
library only.

Usage: content_hash.py <path to the protocol/ folder of golden files>
Exit status 0 when every hash matches; otherwise 1, with what differed.
"""
import hashlib
import json
import math
import os
import sys

METERS = ["WATER", "ELECTRICITY", "GAS"]
KEY_TYPES = ["ENTRANCE_DOOR", "INTERIOR_DOOR", "INTERCOM", "WATER_METER_BOX", "MAILBOX"]


# --- RFC 8785 canonical JSON -------------------------------------------------------------------------------

def es6_number(x):
    """A number as ECMAScript's Number.prototype.toString writes it (RFC 8785 section 3.2.2.3)."""
    if isinstance(x, bool):
        raise TypeError("not a number")
    if isinstance(x, int):
        x = float(x)
    if math.isnan(x) or math.isinf(x):
        raise ValueError("NaN and Infinity have no JSON form")
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    mantissa, _, exponent = repr(abs(x)).partition("e")
    digits_int, _, digits_frac = mantissa.partition(".")
    digits = (digits_int + digits_frac).lstrip("0")
    point = len(digits_int.lstrip("0")) if digits_int.strip("0") else -(len(digits_frac) - len(digits_frac.lstrip("0")))
    point += int(exponent) if exponent else 0
    digits = digits.rstrip("0")
    k, n = len(digits), point
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    exp = ("+" if e >= 0 else "-") + str(abs(e))
    return sign + digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + exp


def es6_string(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\b\f\n\r\t":
            out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif code < 0x20:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return es6_number(value)
    if isinstance(value, str):
        return es6_string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))  # by UTF-16 code units
        return "{" + ",".join(es6_string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise TypeError("no JSON form for %r" % (value,))


def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- folding the golden operations -------------------------------------------------------------------------

def signed64(n):
    return n - (1 << 64) if n >= (1 << 63) else n


def uuid_key(text):
    """java.util.UUID.compareTo: the two 64-bit halves compared as signed numbers."""
    h = text.replace("-", "")
    return (signed64(int(h[:16], 16)), signed64(int(h[16:], 16)))


def clock_order(op):
    return (op["hlc"], uuid_key(op["id"]))


def without_absent(d):
    """Absent and null values are left out of the content."""
    return {k: v for k, v in d.items() if v is not None}


def signed_content(inspection_id, covered, decision):
    ops = sorted((o for o in covered if o["type"] != "inspection.signed"), key=clock_order)
    start = next(o for o in ops if o["type"] == "inspection.started" and o["entity"] == inspection_id)
    p = start["payload"]
    items, meters, keys, defects = {}, {}, {}, {}
    for op in ops:
        t, q = op["type"], op["payload"]
        if op["entity"] == inspection_id and t == "inspection.item_recorded":
            items[q["room"] + "/" + q["itemCode"]] = without_absent({
                "room": q["room"], "item": q["itemCode"], "result": q["result"],
                "measuredValue": q.get("measuredValue"), "note": q.get("note")})
        elif op["entity"] == inspection_id and t == "inspection.meter_read":
            meters[q["meter"]] = without_absent({"meter": q["meter"], "reading": q["reading"],
                                                 "photo": (q.get("photo") or {}).get("sha256")})
        elif op["entity"] == inspection_id and t == "inspection.keys_counted":
            keys[q["keyType"]] = {"keyType": q["keyType"], "count": q["count"]}
        elif t == "defect.opened" and q.get("inspectionId") == inspection_id:
            defects[op["entity"]] = {"id": op["entity"], "room": q["room"], "item": q.get("itemCode"),
                                     "description": q["description"], "severity": q["severity"],
                                     "trade": q["trade"], "warrantyCategory": q["warrantyCategory"],
                                     "photos": {ph["sha256"] for ph in q.get("photos", [])},
                                     "noPhotoReason": q.get("noPhotoReason"), "void": False}
        elif op["entity"] in defects:
            defect = defects[op["entity"]]
            if t == "defect.updated":
                for field in ("description", "severity", "trade"):
                    if q.get(field) is not None:
                        defect[field] = q[field]
            elif t == "defect.photo_attached":
                defect["photos"].add(q["photo"]["sha256"])
            elif t in ("defect.repaired", "defect.reopened"):
                defect["photos"].update(ph["sha256"] for ph in q.get("photos", []))
            elif t == "defect.voided":
                defect["void"] = True
    kept = [d for d in defects.values() if not d.pop("void")]
    for d in kept:
        d["photos"] = sorted(d["photos"])
    return without_absent({
        "inspection": inspection_id, "unit": p["unitId"], "kind": p["kind"], "template": p["templateCode"],
        "templateVersion": p["templateVersion"], "rooms": p["rooms"],
        "items": [items[k] for k in sorted(items, key=lambda k: k.encode("utf-16-be"))],
        "meters": [meters[m] for m in METERS if m in meters],
        "keys": [keys[k] for k in KEY_TYPES if k in keys],
        "defects": [without_absent(d) for d in sorted(kept, key=lambda d: uuid_key(d["id"]))],
        "decision": decision})


def work_order_content(work_order_id, ops):
    content = {"workOrder": work_order_id, "selfRepair": False, "beforePhotos": [], "afterPhotos": []}
    for op in sorted((o for o in ops if o["entity"] == work_order_id), key=clock_order):
        t, q = op["type"], op["payload"]
        if t == "workorder.created":
            content.update(unit=q["unitId"], description=q["description"])
        elif t == "workorder.assigned":
            content["contractor"] = q["contractorId"]
        elif t == "workorder.escalated":
            content["selfRepair"] = True
        elif t == "workorder.completed":
            content.update(completionNote=q.get("note"), actualCostFen=q["actualCostFen"],
                           beforePhotos=sorted(ph["sha256"] for ph in q.get("beforePhotos", [])),
                           afterPhotos=sorted(ph["sha256"] for ph in q.get("afterPhotos", [])))
    return without_absent(content)


# --- checking the golden files -----------------------------------------------------------------------------

def load(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return json.load(f)


def text(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read().strip()


def check(what, expected_text, expected_hash, content, problems):
    actual = canonical(content)
    if actual != expected_text:
        problems.append("%s: canonical text differs\n  expected %s\n  computed %s" % (what, expected_text, actual))
    if sha256_hex(actual) != expected_hash:
        problems.append("%s: hash %s, expected %s" % (what, sha256_hex(actual), expected_hash))
    print("%s: %s" % (what, sha256_hex(actual)))


def self_test(problems):
    cases = {0.0: "0", -0.0: "0", 1.0: "1", 5.5: "5.5", 12.6: "12.6", 1e21: "1e+21", 1e20: "100000000000000000000",
             1e-7: "1e-7", 0.000001: "0.000001", 123.456e-10: "1.23456e-8", 30.2741: "30.2741", 2 ** 53: "9007199254740992",
             -1.5: "-1.5", 333333333.3333333: "333333333.3333333", 5e-324: "5e-324"}
    for number, expected in cases.items():
        if es6_number(number) != expected:
            problems.append("number %r written %s, expected %s" % (number, es6_number(number), expected))
    if canonical({"b": "\u20ac\n\"", "a": [1, None, True]}) != '{"a":[1,null,true],"b":"\u20ac\\n\\""}':
        problems.append("canonical object form is wrong")


def main(root):
    problems = []
    self_test(problems)
    operations = [load(root, os.path.join("operations", name))
                  for name in sorted(os.listdir(os.path.join(root, "operations")))]
    by_id = {op["id"]: op for op in operations}
    signed = next(op for op in operations if op["type"] == "inspection.signed")
    covered = [by_id[i] for i in signed["payload"]["coveredOperations"]]
    check("inspection.signed", text(root, "signoff/inspection-signed-content.json"),
          signed["payload"]["contentHash"],
          signed_content(signed["entity"], covered, signed["payload"]["decision"]), problems)
    confirmed = next(op for op in operations if op["type"] == "workorder.confirmed")
    history = [op for op in operations if op["type"] in
               ("workorder.created", "workorder.assigned", "workorder.arrived", "workorder.completed")]
    check("workorder.confirmed", text(root, "signoff/workorder-content.json"),
          confirmed["payload"]["contentHash"], work_order_content(confirmed["entity"], history), problems)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/protocol"))
