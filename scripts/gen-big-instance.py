#!/usr/bin/env python3
"""Fills an empty claimdesk database with 10,000 articles x 100 claims (1M claims) for export timing.

Usage: claimdesk restore EMPTY.json --db /tmp/big.db   (EMPTY.json = {"schema":"claimdesk.export/1","articles":[]})
       python3 scripts/gen-big-instance.py /tmp/big.db
       time claimdesk export --all --format json --db /tmp/big.db > /dev/null
"""
import sys
import sqlite3, uuid, random
db = sqlite3.connect(sys.argv[1] if len(sys.argv) > 1 else '/tmp/big.db')
db.execute('PRAGMA journal_mode=WAL'); db.execute('PRAGMA synchronous=OFF')
S = "Officials said the talks would resume in September, according to the ministry. "
N_ART, N_CL = 10000, 100
text = S * N_CL
statuses = ['pending','verified','disputed']
cur = db.cursor()
for a in range(N_ART):
    aid = str(uuid.UUID(int=(a+1) << 64))
    ts = '2026-11-%02dT08:%02d:%02d.%03dZ' % (1 + a % 27, (a // 60) % 60, a % 60, a % 1000)
    cur.execute("INSERT INTO articles (id,title,outlet,url,published,text,content_hash,created_at) VALUES (?,?,?,?,?,?,?,?)",
        (aid, 'Talks to resume, part %d' % a, 'Example News', None, '2026-11-01', text, 'x', ts))
    rows = []; hist = []
    for i in range(N_CL):
        cid = str(uuid.UUID(int=((a+1) << 64) + i + 1))
        base = i * len(S)
        st = statuses[i % 3]
        rows.append((cid, aid, i+1, 'the talks would resume in September', base+15, base+50, base, base+len(S)-1,
            'officials','unnamed','Officials', base, base+9, 'said', base+10, base+14, 'indirect', 0.61,
            st, None if st=='pending' else 'Checked against the statement.', 1 if st=='pending' else 2, ts))
        if st != 'pending':
            hist.append((cid, ts, None, 'pending', st, 'Checked against the statement.'))
    cur.executemany("INSERT INTO claims (id,article_id,ordinal,text,start,\"end\",sentence_start,sentence_end,source_name,source_kind,source_mention,source_start,source_end,cue_text,cue_start,cue_end,quote,checkworthiness,status,note,version,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    cur.executemany("INSERT INTO claim_history (claim_id,at,user_id,from_status,to_status,note) VALUES (?,?,?,?,?,?)", hist)
db.commit()
print(db.execute('select count(*) from claims').fetchone())
