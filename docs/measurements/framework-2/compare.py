import re, sys, os
def load(p):
    rows={}
    for line in open(p):
        cells=[c.strip().strip('`*') for c in line.strip().strip('|').split('|')]
        if len(cells)>=4 and re.match(r'^[a-z0-9-]+\.[a-z0-9-]+$', cells[0]) and cells[2].upper() in ('HARD','OK'):
            rows[cells[0]]=(cells[1].lower(), cells[2].upper(), cells[3].lower() if len(cells)>4 else '')
    return rows
phase=sys.argv[1]; d=sys.argv[2] if len(sys.argv)>2 else '.'
tot_same=tot_n=0
for prof in ['district','borough','county','london','unitary','shire','metro','welsh','coastal','scottish','county6','inner','district7','city','rural','outer','metro9','countydeal','cathedral','yorkshire','southern','unitarycounty','london12','midlands','welsh13','southeast','district14','southwest','coastal15','inner15','county16','district16']:
    pa=os.path.join(d,f'{phase}-{prof}-A.md'); pb=os.path.join(d,f'{phase}-{prof}-B.md')
    if not (os.path.exists(pa) and os.path.exists(pb)): continue
    a=load(pa); b=load(pb)
    common=[q for q in a if q in b]
    same=sum(1 for q in common if a[q][0]==b[q][0]); tot_same+=same; tot_n+=len(common)
    def hc(r): 
        h=[q for q in r if r[q][1]=='HARD']; lv=sum(1 for q in h if 'level' in r[q][2]); return len(h),lv,len(h)-lv
    print(f'{phase:7} {prof:8}: n={len(common)}  HARD A={hc(a)} B={hc(b)} (total, levels, facts)  same level {same}/{len(common)} = {100*same/max(1,len(common)):.0f}%')
print(f'overall same level {tot_same}/{tot_n} = {100*tot_same/max(1,tot_n):.0f}%')
