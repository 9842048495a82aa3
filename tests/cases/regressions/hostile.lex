# textrepair lexicon 1
# name: hostile
# description: a small fixture lexicon for the robustness tests and scripts/fuzz.py, so they
#   exercise every stage whatever the built-in lexicons hold at the time.
12 months -> year | gate=always conf=0.97 before=\b(?:this|last|next)\s+ not_before=\bpast\s+
    + It rose this 12 months. -> It rose this year.
    - It rose over the past 12 months.
p.c -> percent | gate=always conf=0.95
    + up 3 p.c -> up 3 percent
frobnicated -> fixed | gate=always conf=0.9
    + It was frobnicated. -> It was fixed.
state -> say | pos=verb forms=VBD,VBZ,VBG conf=0.8
    + He stated it. -> He said it.
beneath -> under | conf=0.7
    + Beneath the treaty -> Under the treaty
discussion board -> forum | pos=noun conf=0.8
    + on a discussion board -> on a forum
