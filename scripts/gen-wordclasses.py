# Builds src/extract/wordclasses.txt (the learned cue model's WordNet classes) from WordNet 3.0.
# Get the database: apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
# then: python3 scripts/gen-wordclasses.py /tmp/wn/usr/share/wordnet > src/extract/wordclasses.txt
import collections,re
import sys
D=sys.argv[1].rstrip('/')+'/'
def lexfiles(pos):
    lf={}
    for line in open(D+'data.'+pos,encoding='latin-1'):
        if line.startswith('  '): continue
        f=line.split(' ',3); lf[f[0]]=int(f[1])
    return lf
def index(pos):
    out={}
    for line in open(D+'index.'+pos,encoding='latin-1'):
        if line.startswith('  '): continue
        f=line.split()
        lemma=f[0]
        if '_' in lemma or '-' in lemma or not lemma.isalpha(): continue
        n=int(f[2]); p=int(f[3]); offs=f[4+p+2:]
        out[lemma]=offs
    return out
VL=lexfiles('verb'); NL=lexfiles('noun')
V=index('verb'); N=index('noun')
def classes(offs,lf): return [lf[o] for o in offs if o in lf]
VOWELS='aeiou'
def verb_forms(l):
    f={l}
    if l.endswith('e'): f|={l+'s',l+'d',l[:-1]+'ing'}
    elif re.search('[^aeiou]y$',l): f|={l[:-1]+'ies',l[:-1]+'ied',l+'ing'}
    elif re.search('(s|x|z|ch|sh)$',l): f|={l+'es',l+'ed',l+'ing'}
    else:
        f|={l+'s',l+'ed',l+'ing'}
        if re.search('[^aeiou][aeiou][bdgklmnprtv]$',l) and len(l)<=5:
            f|={l+l[-1]+'ed',l+l[-1]+'ing'}
    return f
def noun_forms(l):
    f={l}
    if re.search('[^aeiou]y$',l): f.add(l[:-1]+'ies')
    elif re.search('(s|x|z|ch|sh)$',l): f.add(l+'es')
    else: f.add(l+'s')
    return f
exc=collections.defaultdict(set)
for line in open(D+'verb.exc'):
    a=line.split()
    for b in a[1:]: exc[b].add(a[0])
nexc=collections.defaultdict(set)
for line in open(D+'noun.exc'):
    a=line.split()
    for b in a[1:]: nexc[b].add(a[0])
entries=collections.defaultdict(lambda:[0,0,0,0])  # vprim, nprim, vset, nset
for l,offs in V.items():
    cl=classes(offs,VL)
    if not cl: continue
    forms=verb_forms(l)|exc.get(l,set())
    for form in forms:
        e=entries[form]
        if not e[0]: e[0]=cl[0]-28
        for c in cl: e[2]|=1<<(c-29)
KEEPN={4,9,10,12,16}
for l,offs in N.items():
    cl=classes(offs,NL)
    if not cl or not (set(cl)&KEEPN): continue
    for form in noun_forms(l)|nexc.get(l,set()):
        e=entries[form]
        if not e[1]: e[1]=cl[0]
        for c in cl: e[3]|=1<<c
for form in sorted(entries):
    vp,np_,vs,ns=entries[form]
    sys.stdout.write(f"{form} {vp:x} {np_:x} {vs:x} {ns:x}\n")
