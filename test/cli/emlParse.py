#!/usr/bin/python3
"""Reads an .eml with Python's own e-mail parser and prints what a mail program would see, as JSON."""
import base64
import json
import sys
from email import policy
from email.parser import BytesParser

with open(sys.argv[1], 'rb') as f:
    msg = BytesParser(policy=policy.default).parse(f)

parts = []
for part in msg.walk():
    if part.is_multipart():
        parts.append({'type': part.get_content_type()})
        continue
    entry = {
        'type': part.get_content_type(),
        'contentId': part.get('Content-ID'),
        'disposition': part.get_content_disposition(),
        'fileName': part.get_filename(),
    }
    if part.get_content_maintype() == 'text':
        entry['text'] = part.get_content()
    else:
        entry['base64'] = base64.b64encode(part.get_content()).decode('ascii')
    parts.append(entry)

print(json.dumps({'subject': msg['Subject'], 'to': msg['To'], 'defects': [str(d) for d in msg.defects], 'parts': parts}))
