#!/usr/bin/python3
"""Fills reporting templates the way an officer does in LibreOffice Calc, and saves what Calc saves.

Run with Debian's Python (python3-uno): /usr/bin/python3 libreoffice_fill.py jobs.json
jobs.json: {"jobs": [{"template": "/abs/template.xlsx", "out": "/abs/out/base",
            "fill": {"<indicator code>": {"<column name>": "<typed text>"}}}]}

LibreOffice runs headless with a fresh profile (-env:UserInstallation) whose locale is Vietnamese
(vi-VN). Each value is typed through the cell's FormulaLocal property, which Calc reads exactly as
text typed into the cell in the document's locale: "31,3%" becomes 0.313 in a cell formatted as a
percentage, "'110,5" the text 110,5, "52,5" the number 52.5. (The dispatcher's EnterString does the
same but aborts this headless build on a timer.) Each filled template is saved as <out>.xlsx,
<out>.ods, <out>-utf8.csv and <out>-windows-1258.csv by Calc's own filters. Prints the files
written, as JSON, on stdout.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/AutoSave"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""

# Calc's CSV filter options: separator ",", quote '"', character set (76 UTF-8, 40 Windows-1258),
# first line 1, no column formats, language, no quoted-as-text, detect special numbers, save cell
# contents as shown (what an officer sees: "31,30%").
CSV = "44,34,{charset},1,,0,false,true,true,false,false"
FORMATS = [
    (".xlsx", "Calc MS Excel 2007 XML", None),
    (".ods", "calc8", None),
    ("-utf8.csv", "Text - txt - csv (StarCalc)", CSV.format(charset=76)),
    ("-windows-1258.csv", "Text - txt - csv (StarCalc)", CSV.format(charset=40)),
]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("LibreOffice did not start")
            time.sleep(0.3)


def fill(desktop, job):
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(job["template"]), "_blank", 0, (prop("Hidden", True),)
    )
    try:
        sheet = doc.Sheets.getByIndex(0)
        cell = sheet.getCellByPosition
        header = next(r for r in range(60) if cell(0, r).String == "Mã chỉ tiêu")
        columns = {}
        c = 0
        while cell(c, header).String:
            columns[cell(c, header).String] = c
            c += 1
        rows = {}
        r = header + 1
        while cell(0, r).String:
            rows[cell(0, r).String] = r
            r += 1
        for code, values in job["fill"].items():
            for column, typed in values.items():
                cell(columns[column], rows[code]).setPropertyValue("FormulaLocal", typed)
        written = []
        for suffix, filter_name, options in FORMATS:
            path = job["out"] + suffix
            args = [prop("FilterName", filter_name), prop("Overwrite", True)]
            if options:
                args.append(prop("FilterOptions", options))
            doc.storeToURL(uno.systemPathToFileUrl(path), tuple(args))
            written.append(path)
        return written
    finally:
        doc.close(True)


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))["jobs"]
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(PROFILE_SETTINGS)
    pipe = f"fill_{os.getpid()}"
    proc = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        written = [path for job in jobs for path in fill(desktop, job)]
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
        print(json.dumps(written))
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
