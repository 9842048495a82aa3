# textrepair lexicon 1
# name: news
# description: general news, politics, business, economy and everyday spinner swaps (synonym-map damage)
# Conventions used below:
#   gate=always only for forms that do not occur in ordinary clean English (mostly literal collocations);
#   single words that are good English elsewhere stay gate=spun, restricted by forms= and antipatterns.
#   conf is how sure we are that, in a spun document, the form replaced ORIGINAL.

# ======================================================================
# Reporting verbs and attribution
# ======================================================================
# "stated" as an adjective (stated goal, as stated in) is clean; the verb use in a spun text is "said".
state -> say | pos=verb forms=VBD,VBG conf=0.75 not_before=\b(?:as|the|its|his|her|their|a|an|our|your|clearly|explicitly|expressly|previously|above|otherwise|publicly\s+stated\s+and|its\s+publicly)\s+ not_after=\s+(?:herein|hereunder|therein|hereafter|below|above|goal|goals|aim|aims|purpose|purposes|objective|objectives|intention|intentions|policy|reason|reasons|mission|value|values|preference|preferences|position|above|below|otherwise|clearly|in\s+(?:the|section|article|paragraph|clause|chapter|rule|table|figure))\b
    + The minister stated on Monday that talks would resume. -> The minister said on Monday that talks would resume.
    - The stated goal of the programme is to cut waiting lists.
    - As stated in the contract, payment is due monthly.
# "states" is also the plural noun (United States, all 50 states): only after a subject that
# reports, or before "that" when no determiner or number makes it the noun.
states -> says | id=news:state->say.vbz conf=0.75 before=\b(?:he|she|it|who|which|report|study|statement|assertion|announcement|letter|document|website|web\s+site|spokesman|spokeswoman|spokesperson|minister|president|official|company|firm|agency|ministry|government|authorities|police|also|he\s+also|she\s+also|it\s+also)\s+ not_after=\s+(?:of|and|or|to|in|with|have|had|are|were|where|which)\b
    + The report states the plan has failed. -> The report says the plan has failed.
    - The plan covers all 50 states and the District of Columbia.
states -> says | id=news:state->say.vbz_that conf=0.7 after=\s+that\b not_before=\b(?:United|Member|member|the|all|both|other|several|many|some|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten|fifty|Gulf|Baltic|Arab|nation|island|neighbouring|neighboring|swing|battleground|southern|northern|eastern|western|coastal|border|sovereign|individual|small|smaller|larger|big|poor|poorer|rich|richer|EU|European|Pradesh|Bengal|Nadu|Islamic|Muslim|Malay|Indian|African|Asian|Pacific|Latin\s+American|American|German|Australian|Mexican|Brazilian|Nigerian|Republican|Democratic|Republican-led|Democratic-led|red|blue)\s+
    + The ministry states that no one was hurt. -> The ministry says that no one was hurt.
    - The United States that year raised rates.
    - Both states that border the lake voted yes.
# "mentioned" for "said": only when used intransitively (clause end) or with a time/venue phrase.
mention -> say | pos=verb forms=VBD,VBZ conf=0.7 after=\s*[.,;]|\s*[”"]|\s+(?:on|throughout|during|in\s+an?\s+(?:announcement|assertion|statement|interview|speech|tackle|tweet|put\s+up|submit|post|e\s+mail|email)|final\s+week|this\s+week|earlier|later|late\s+on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b not_before=\b(?:as|was|were|is|are|be|been|being|not|never|also|above|below|previously|earlier|already|briefly|only)\s+|(?:\A|[.!?:;\n]["”]?\s*) not_after=\s+on\s+(?:the\s+)?(?:list|page|site|website|web\s+site|blog|forum|show|programme|program|podcast)\b
    + "We will not back down," the spokesperson mentioned. -> "We will not back down," the spokesperson said.
    + The senator mentioned on Tuesday that the bill was dead. -> The senator said on Tuesday that the bill was dead.
    - As mentioned above, the figures are provisional.
    - She mentioned the budget twice in her speech.
# "advised" for "told": only before a media/audience object; "advised X to/against" is clean advice.
advise -> tell | pos=verb forms=VBD,VBZ,VBG gate=always conf=0.9 after=\s+(?:reporters|journalists|the\s+(?:press|media|information\s+company|news\s+agency|newspaper|BBC|Related\s+Press|Associated\s+Press)|Reuters|AFP|CNN|Bloomberg|CNBC|NPR|Al\s+Jazeera|state\s+media|local\s+media|native\s+media|state\s+tv|state\s+television|a\s+(?:discussion\s+board|information\s+convention|news\s+conference|press\s+convention|press\s+conference|briefing|rally|gathering))\b(?!\s+(?:to|against|not)\b)
    + The mayor advised reporters the road would reopen on Friday. -> The mayor told reporters the road would reopen on Friday.
    - The mayor advised reporters to avoid the flooded area.
    - Doctors advised him against travelling.
advise -> tell | pos=verb forms=VBD conf=0.55 after=\s+(?:him|her|them|us|me)\s+(?:that|the|it|he|she|they|there)\b id=news:advise_tell.2
    + She advised them that the meeting was cancelled. -> She told them that the meeting was cancelled.
    - She advised them to leave early.
instruct -> tell | pos=verb forms=VBD,VBZ,VBG gate=always conf=0.9 after=\s+(?:reporters|journalists|the\s+(?:press|media|information\s+company|news\s+agency|BBC|Related\s+Press)|Reuters|AFP|CNN|Bloomberg|CNBC|NPR|Al\s+Jazeera|state\s+media|native\s+media|a\s+(?:information\s+convention|press\s+convention|briefing))\b(?!\s+(?:to|not)\b)
    + A police spokesman instructed reporters that two men had been held. -> A police spokesman told reporters that two men had been held.
    - The editor instructed reporters to check every figure.
# "knowledgeable" is an adjective in clean English; before an object it is the spun past tense of "told/informed".
knowledgeable -> told | gate=always conf=0.92 after=\s+(?:reporters|journalists|the\s+(?:press|media|information\s+company|BBC)|Reuters|AFP|CNN|Al\s+Jazeera|state\s+media)\b
    + The official knowledgeable reporters that no decision had been taken. -> The official told reporters that no decision had been taken.
    - She is knowledgeable about local history.
knowledgeable -> informed | gate=always conf=0.9 after=\s+(?:that|him|her|them|us|me)\b|\s+the\s+(?:household|family|authorities|police|courtroom|court|board)\b
    + Officials knowledgeable the family that the search had ended. -> Officials informed the family that the search had ended.
    - He seemed knowledgeable and calm.
request -> ask | pos=verb forms=VBD,VBZ,VBG conf=0.9 after=\s+(?:about|whether|why|how|when|where|who|to\s+remark|for\s+remark|the\s+query|a\s+query)\b
    + When requested about the delay, he declined to comment. -> When asked about the delay, he declined to comment.
    - The documents requested by the committee were delivered.
# "defined" for explained only where it takes a clause; "defined as/by" is clean.
define -> explain | pos=verb forms=VBD,VBZ conf=0.75 after=\s+(?:that|why|how|in\s+an?\s+(?:interview|assertion|statement|announcement|put\s+up|submit|post))\b not_before=\b(?:well|clearly|poorly|loosely|narrowly|broadly|is|are|was|were|be|been|being|not|newly|legally|precisely)\s+
    + The coach defined that the players needed rest. -> The coach explained that the players needed rest.
    - The term is defined in section two.
    - The rules were clearly defined that year.
# "famous" after a subject pronoun / before "that" = "noted"
famous -> noted | gate=always conf=0.92 before=\b(?:he|she|they|it|we|officers|officials|analysts|consultants|specialists|experts|researchers|authors|report|assertion)\s+ after=\s+(?:that|the|in|on|a)\b
    + He famous that the numbers were still rising. -> He noted that the numbers were still rising.
    - They visited a famous museum.
famous -> noted | gate=always conf=0.92 before=\bas\s+ after=\s+(?:above|below|earlier|before|beforehand|previously|in)\b id=news:famous_noted.2
    + As famous earlier, the plan has no funding. -> As noted earlier, the plan has no funding.
    - She became as famous as her brother.
# "burdened/careworn/pressured" for "stressed" in its reporting sense
burden -> stress | pos=verb forms=VBD,VBZ,VBG gate=always conf=0.92 after=\s+(?:that|the\s+(?:necessity|want|need|significance|importance|function|position|role))\b
    + The minister burdened that the ceasefire must hold. -> The minister stressed that the ceasefire must hold.
    - Families burdened with debt are cutting back.
careworn -> stressed | gate=always conf=0.9 after=\s+(?:that|the\s+(?:necessity|want|need|significance|importance))\b
    + The report careworn that funding was short. -> The report stressed that funding was short.
    - Her careworn face told the story.
steer -> suggest | pos=verb forms=VBD,VBZ gate=always conf=0.88 after=\s+(?:that|the\s+(?:figures|knowledge|data|outcomes|results|examine|study|report)|a\s+(?:hyperlink|link))\b|\s*[,.]
    + Early polling steered that the race was tight. -> Early polling suggested that the race was tight.
    - The driver steered the bus around the fallen tree.
# "really helpful" = "recommended" (adverb + adjective in clean English, so only after auxiliaries / before that)
really helpful -> recommended | gate=spun conf=0.9 before=\b(?:has|have|had|is|are|was|were|be|been|being|panel|committee|consultants|specialists|experts|officers|officials|report|doctors|medical\s+doctors|authorities|regulators)\s+ not_after=\s+(?:and|to\s+(?:me|us|have|know))\b
    + The panel really helpful a lower dose. -> The panel recommended a lower dose.
    - The staff were really helpful and friendly.
introduce -> announce | pos=verb forms=VBD,VBZ conf=0.8 after=\s+(?:on\s+\w+\s+)?(?:that|it\s+(?:would|will|had|has|was|is)|plans\s+to|its\s+plans|his\s+resignation|her\s+resignation|the\s+(?:demise|loss\s+of\s+life|resignation|closure))\b
    + The company introduced on Monday that it would cut 500 jobs. -> The company announced on Monday that it would cut 500 jobs.
    - The senator introduced a bill on water safety.
acknowledge -> say | pos=verb forms=VBD conf=0.55 after=\s*[.,]\s*(?:["”]|$)|\s*[.,]\s+[A-Z]
    + "We are not there yet," the coach acknowledged. -> "We are not there yet," the coach said.
    - The coach acknowledged the mistake.
talked about -> said | conf=0.75 after=\s*[.,]\s*(?:["”]|$)|\s+in\s+an?\s+(?:announcement|assertion|statement)\b
    + "The talks were useful," he talked about. -> "The talks were useful," he said.
    - They talked about the weather.
known as -> called | gate=always conf=0.95 after=\s+(?:for|on|upon|off)\s+(?:the|a|an|all|his|her|their|its|an\s+finish|calm|restraint|peace|talks|dialogue|elections|him|her|them|us)\b
    + Protesters known as for an finish to the curfew. -> Protesters called for an finish to the curfew.
    - The island is known as a haven for birds.
known as -> called | gate=always conf=0.9 before=\b(?:he|she|they|we|who)\s+ not_before=\b(?:what|whom|which|that)\s+(?:he|she|they|we)\s+ after=\s+(?:the|a|an|his|her|their|it|for|on|him|them)\b id=news:known_as_called.2
    + She known as the decision a disgrace. -> She called the decision a disgrace.
    - What they known as progress was a retreat.
referred to as -> called | gate=always conf=0.92 after=\s+(?:for|on|upon)\s+(?:the|a|an|all|his|her|their|an\s+finish|calm|restraint|peace|talks)\b
    + Unions referred to as for a national strike. -> Unions called for a national strike.
    - The disease is referred to as a silent killer.
spotlight -> highlight | pos=verb forms=VBD,VBZ,VBG conf=0.7
anticipate -> expect | pos=verb forms=VBD,VBN,VBZ conf=0.55
in accordance with -> according to | conf=0.85 after=\s+(?:(?:the|a|an|its|their|his|her|local|official|new|latest|preliminary|initial|recent|newest|one|two|several|numerous|a\s+number\s+of|unnamed|anonymous|senior|police|well\s+being|health|army|navy|military|hospital|witnesses|information|media|press|authorities|state|US|U\.S\.|UN)\s+){0,3}(?:report|reviews|reports|survey|surveys|ballot|ballots|poll|polls|examine|research|knowledge|figures|statistics|estimates?|officers|officials|sources|individuals\s+conversant|individuals\s+accustomed|people\s+familiar|analysts|consultants|specialists|experts|police|witnesses|residents|media|spokesperson|spokesman|spokeswoman|assertion|announcement|statement|tally|count|rely|ministry)\b(?!['’])
    + In accordance with the report, 40 people were hurt. -> According to the report, 40 people were hurt.
    - The vote was held in accordance with the constitution.
    - Waste must be handled in accordance with the rules.
in line with -> according to | conf=0.75 after=\s+(?:(?:the|a|an|local|official|new|latest|preliminary|unnamed|anonymous|senior|police|well\s+being|army|hospital|state|information)\s+){0,3}(?:report|reviews|survey|ballot|examine|officers|officials|sources|individuals\s+conversant|individuals\s+accustomed|consultants|specialists|witnesses|residents|spokesperson|spokesman|assertion|announcement|tally|rely)\b(?!['’])
    + In line with officers, the fire started at dawn. -> According to officers, the fire started at dawn.
    - Growth was in line with forecasts.
    - The pay rise is in line with the report's recommendations.
in keeping with -> according to | gate=always conf=0.9 after=\s+(?:(?:the|a|an|local|official|new|latest|preliminary|unnamed|anonymous|senior|police|well\s+being|army|hospital|state|information)\s+){0,3}(?:report|reviews|survey|ballot|examine|knowledge|officers|officials|sources|individuals\s+conversant|consultants|specialists|witnesses|residents|spokesperson|spokesman|assertion|announcement|tally|rely|police)\b(?!['’])
    + In keeping with the survey, most voters are undecided. -> According to the survey, most voters are undecided.
    - In keeping with tradition, the bride wore red.
based on -> according to | conf=0.55 before=(?:\A|[.!?]["”]?\s+|\n) after=\s+(?:(?:the|a|an|local|official|new|latest|preliminary|unnamed|anonymous|senior|police|state|information)\s+){0,3}(?:officers|officials|sources|individuals\s+conversant|individuals\s+accustomed|consultants|specialists|witnesses|residents|spokesperson|spokesman|police|authorities)\b
    + Based on officers, the suspect fled on foot. -> According to officers, the suspect fled on foot.
    - Based on the data, we chose the smaller model.
individuals conversant with -> people familiar with | gate=always conf=0.95
individuals accustomed to -> people familiar with | gate=always conf=0.95
individuals aware of -> people familiar with | conf=0.6
sources conversant with -> sources familiar with | gate=always conf=0.95
individuals near -> people close to | conf=0.8
sources near -> sources close to | conf=0.8
in an announcement -> in a statement | conf=0.8
in an assertion -> in a statement | gate=always conf=0.9
a joint assertion -> a joint statement | gate=always conf=0.92
a joint announcement -> a joint statement | conf=0.6
issued an announcement -> issued a statement | conf=0.75
issued an assertion -> issued a statement | gate=always conf=0.92
launched an announcement -> released a statement | gate=always conf=0.95
launched an assertion -> released a statement | gate=always conf=0.95
press launch -> press release | pos=noun gate=always conf=0.95
information launch -> news release | pos=noun gate=always conf=0.9
assertion -> statement | pos=noun conf=0.5 not_after=\s+(?:that|of|about)\b|[._/]\w not_before=\b(?:bold|strong|controversial|false|unsupported|unproven|dubious|his|her|this|that)\s+
    + The ministry issued a short assertion on Friday. -> The ministry issued a short statement on Friday.
    - His assertion that the vote was rigged was rejected.
remark -> comment | pos=verb forms=VB conf=0.9 before=\b(?:to|declined\s+to|refused\s+to|not\s+instantly|not\s+immediately|would\s+not|did\s+not|didn't|could\s+not|couldn't|for)\s+
    + The company declined to remark on the report. -> The company declined to comment on the report.
    - She made a remark about his hat.
request for remark -> request for comment | pos=noun gate=always conf=0.97
requests for remark -> requests for comment | gate=always conf=0.97
for remark -> for comment | gate=always conf=0.95
no remark -> no comment | conf=0.6
feedback -> comments | conf=0.7 before=\b(?:his|her|their|the\s+(?:president's|minister's|chancellor's|senator's|governor's)|made|making|make|these|those|in|controversial|recent|latest|newest|earlier)\s+ not_after=\s+(?:loop|loops|form|forms|mechanism|mechanisms|from\s+(?:customers|users|clients|students|readers|the\s+(?:audience|community|public)))\b
    + In feedback to reporters, he blamed the weather. -> In comments to reporters, he blamed the weather.
    - The survey collected feedback from customers.
tackle -> address | pos=noun forms=NN gate=always conf=0.92 before=\b(?:televised|video|nationwide|national|inaugural|keynote|radio|farewell|weekly|annual|state\s+of\s+the\s+nation|state\s+of\s+the\s+union|a\s+televised|in\s+a|in\s+his|in\s+her|in\s+their|throughout\s+his|throughout\s+her|during\s+his|during\s+her)\s+
    + In a televised tackle, the premier urged calm. -> In a televised address, the premier urged calm.
    - The team must tackle the problem now.
spokesperson mentioned -> spokesperson said | conf=0.7
spokesman mentioned -> spokesman said | conf=0.7
spokeswoman mentioned -> spokeswoman said | conf=0.7
spokesperson stated -> spokesperson said | conf=0.75
spokesman stated -> spokesman said | conf=0.75
spokeswoman stated -> spokeswoman said | conf=0.75
mentioned in an announcement -> said in a statement | gate=always conf=0.95
stated in an announcement -> said in a statement | gate=always conf=0.95
mentioned in an assertion -> said in a statement | gate=always conf=0.97
stated in an assertion -> said in a statement | gate=always conf=0.97
mentioned in a press release -> said in a statement | conf=0.4
advised the information company -> told the news agency | gate=always conf=0.97
instructed the information company -> told the news agency | gate=always conf=0.97
information company -> news agency | pos=noun gate=always conf=0.95
information convention -> news conference | pos=noun gate=always conf=0.95
press convention -> press conference | pos=noun gate=always conf=0.95
video convention -> video conference | pos=noun gate=always conf=0.9
convention name -> conference call | pos=noun gate=always conf=0.95
donor convention -> donor conference | pos=noun gate=always conf=0.9
information outlet -> news outlet | pos=noun gate=always conf=0.92
information web site -> news website | pos=noun gate=always conf=0.95
information website -> news website | pos=noun conf=0.6
breaking information -> breaking news | gate=always conf=0.95
faux information -> fake news | gate=always conf=0.95
dangerous information -> bad news | conf=0.85
nice information -> great news | gate=always conf=0.9
information anchor -> news anchor | pos=noun gate=always conf=0.95
information reporter -> news reporter | pos=noun gate=always conf=0.92
information cycle -> news cycle | pos=noun gate=always conf=0.92
information protection -> news coverage | conf=0.5
media protection -> media coverage | conf=0.85
press protection -> press coverage | gate=always conf=0.92
stay protection -> live coverage | gate=always conf=0.95
stay updates -> live updates | gate=always conf=0.9
stay stream -> live stream | pos=noun gate=always conf=0.92
stay broadcast -> live broadcast | pos=noun gate=always conf=0.92
stay footage -> live footage | gate=always conf=0.92
stay tv -> live television | gate=always conf=0.92
stay music -> live music | gate=always conf=0.95
stay viewers -> live audience | gate=always conf=0.9
stay ammunition -> live ammunition | gate=always conf=0.97
stay fireplace -> live fire | gate=always conf=0.95
stay-fireplace -> live-fire | gate=always conf=0.97 id=news:stay_fireplace_live_fire.v2
stay hearth -> live fire | gate=always conf=0.95
information organisations -> news organisations | conf=0.6
informed reporters -> told reporters | conf=0.55
advised reporters -> told reporters | gate=always conf=0.9
advised journalists -> told journalists | gate=always conf=0.9
advised Reuters -> told Reuters | gate=always conf=0.95
advised Al Jazeera -> told Al Jazeera | gate=always conf=0.95
advised AFP -> told AFP | gate=always conf=0.95
advised CNN -> told CNN | gate=always conf=0.95
advised the BBC -> told the BBC | gate=always conf=0.95
advised state media -> told state media | gate=always conf=0.95
advised a information convention -> told a news conference | gate=always conf=0.98
advised a press convention -> told a press conference | gate=always conf=0.98
advised a discussion board -> told a forum | gate=always conf=0.98
instructed reporters -> told reporters | conf=0.75
instructed journalists -> told journalists | conf=0.75
instructed Reuters -> told Reuters | gate=always conf=0.92
instructed Al Jazeera -> told Al Jazeera | gate=always conf=0.92
instructed AFP -> told AFP | gate=always conf=0.92
requested reporters -> asked reporters | conf=0.6
when requested about -> when asked about | gate=always conf=0.97
when requested whether -> when asked whether | gate=always conf=0.97
when requested if -> when asked if | gate=always conf=0.95
requested to remark -> asked to comment | gate=always conf=0.98
declined to remark -> declined to comment | gate=always conf=0.95
refused to remark -> refused to comment | gate=always conf=0.95
didn't instantly reply -> didn't immediately respond | conf=0.6
did not instantly reply -> did not immediately respond | gate=always conf=0.95
didn't instantly reply to -> didn't immediately respond to | gate=always conf=0.95
did not instantly reply to -> did not immediately respond to | gate=always conf=0.97
not instantly obtainable -> not immediately available | gate=always conf=0.97
not instantly accessible -> not immediately available | gate=always conf=0.95
not instantly clear -> not immediately clear | gate=always conf=0.95
not instantly recognized -> not immediately known | conf=0.8
was not instantly -> was not immediately | conf=0.85
wasn't instantly -> wasn't immediately | conf=0.85
weren't instantly -> weren't immediately | conf=0.85
were not instantly -> were not immediately | conf=0.85
obtainable for remark -> available for comment | gate=always conf=0.98
accessible for remark -> available for comment | gate=always conf=0.98
reached for remark -> reached for comment | gate=always conf=0.98
talking on situation of anonymity -> speaking on condition of anonymity | gate=always conf=0.98
on situation of anonymity -> on condition of anonymity | gate=always conf=0.98
on the situation that -> on the condition that | gate=always conf=0.9
on situation that -> on condition that | gate=always conf=0.9
instructed the courtroom -> told the court | conf=0.75
advised the courtroom -> told the court | conf=0.8
advised parliament -> told parliament | conf=0.8
advised lawmakers -> told lawmakers | conf=0.8
advised legislators -> told lawmakers | conf=0.8
advised the parliament -> told parliament | conf=0.8
advised the gathering -> told the meeting | gate=always conf=0.95
advised the assembly -> told the meeting | conf=0.55
advised supporters -> told supporters | conf=0.7


# ======================================================================
# Time expressions
# ======================================================================
12 months -> year | gate=always conf=0.97 before=\b(?:this|final|subsequent|next|every|per|a|that|one|the\s+identical|the\s+same|earlier\s+this|later\s+this|all\s+through\s+the|throughout\s+the|(?:end|finish|tip|start|starting|begin|beginning|half|rest|relaxation|remainder|center|middle|flip|turn|a\s+part|part)\s+of\s+the)\s+ not_before=\b(?:the|its|his|her|their|our|my|your)\s+final\s+ not_after=\s*(?:-|–)\s*(?:old|long|period|interval|high|low)|\s+(?:period|interval|sentence|contract|deal|lease|programme|program|plan|term|time\s+period|subscription|warranty|ban|suspension|extension)\b
    + On March 3 this 12 months, the plant closed. -> On March 3 this year, the plant closed.
    + Final 12 months, sales fell. -> Final year, sales fell.
    + Output will rise subsequent 12 months. -> Output will rise subsequent year.
    - Prices rose over the past 12 months.
    - He spent his final 12 months in office abroad.
    - She signed a 12 months contract.
12 months's -> year's | gate=always conf=0.96
12 months-on-12 months -> year-on-year | gate=always conf=0.99
12 months-on-year -> year-on-year | gate=always conf=0.99
12 months-long -> year-long | gate=always conf=0.97
12 months-end -> year-end | gate=always conf=0.97
12 months-old -> year-old | gate=always conf=0.98
12 months-to-date -> year-to-date | gate=always conf=0.98
12 months in the past -> a year ago | conf=0.6
a 12 months in the past -> a year ago | gate=always conf=0.98
a 12 months earlier -> a year earlier | gate=always conf=0.96
a 12 months later -> a year later | gate=always conf=0.96
a 12 months after -> a year after | gate=always conf=0.9
twice a 12 months -> twice a year | gate=always conf=0.98
as soon as a 12 months -> once a year | gate=always conf=0.98
new 12 months -> new year | conf=0.8
new 12 months's -> new year's | gate=always conf=0.97
fiscal 12 months -> fiscal year | pos=noun gate=always conf=0.97
monetary 12 months -> financial year | pos=noun gate=always conf=0.97
tutorial 12 months -> academic year | pos=noun gate=always conf=0.97
faculty 12 months -> school year | pos=noun gate=always conf=0.95
election 12 months -> election year | pos=noun gate=always conf=0.95
calendar 12 months -> calendar year | pos=noun gate=always conf=0.95
leap 12 months -> leap year | gate=always conf=0.97
12 months of the -> year of the | conf=0.85
yr -> year | conf=0.85 before=\b(?:this|final|last|subsequent|next|per|every|a|the\s+identical|the\s+same)\s+ not_after=\s*(?:-|–)
    + Sales fell final yr. -> Sales fell final year.
    - The 10 yr bond yield rose.
final week -> last week | conf=0.85 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your)\s+(?:\w+\s+)?|['’]s\s+
    + Final week, the council voted to close the library. -> Last week, the council voted to close the library.
    + The deal was signed final week. -> The deal was signed last week.
    - The final week of the campaign was tense.
    - It was the tournament's final week.
final month -> last month | conf=0.85 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your)\s+(?:\w+\s+)?|['’]s\s+
    + Prices rose final month. -> Prices rose last month.
    - She spent the final month of her life at home.
final weekend -> last weekend | conf=0.85 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your)\s+(?:\w+\s+)?|['’]s\s+
    + Final weekend, storms hit the coast. -> Last weekend, storms hit the coast.
    - The final weekend of the festival was rained off.
final night time -> last night | gate=always conf=0.97
final evening -> last night | conf=0.5
final summer time -> last summer | gate=always conf=0.97
final spring -> last spring | conf=0.6 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your)\s+
    + The bridge opened final spring. -> The bridge opened last spring.
    - It was their final spring together.
final autumn -> last autumn | conf=0.6 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your)\s+
    + He retired final autumn. -> He retired last autumn.
    - That was the final autumn before the war.
final winter -> last winter | conf=0.6 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your)\s+
    + Gas ran short final winter. -> Gas ran short last winter.
    - It was the final winter of the war.
final Monday -> last Monday | conf=0.8 not_before=\bthe\s+
    + The vote took place final Monday. -> The vote took place last Monday.
    - The final Monday of the month is a holiday.
final Tuesday -> last Tuesday | conf=0.8 not_before=\bthe\s+
    + He resigned final Tuesday. -> He resigned last Tuesday.
    - The final Tuesday of the month is a holiday.
final Wednesday -> last Wednesday | conf=0.8 not_before=\bthe\s+
    + Talks began final Wednesday. -> Talks began last Wednesday.
    - The final Wednesday of term is sports day.
final Thursday -> last Thursday | conf=0.8 not_before=\bthe\s+
    + The storm hit final Thursday. -> The storm hit last Thursday.
    - The final Thursday of November is a holiday.
final Friday -> last Friday | conf=0.8 not_before=\bthe\s+
    + Markets fell final Friday. -> Markets fell last Friday.
    - The final Friday of each month is payday.
final Saturday -> last Saturday | conf=0.8 not_before=\bthe\s+
    + Fans gathered final Saturday. -> Fans gathered last Saturday.
    - The final Saturday of the season is derby day.
final Sunday -> last Sunday | conf=0.8 not_before=\bthe\s+
    + Voters went to the polls final Sunday. -> Voters went to the polls last Sunday.
    - The final Sunday of Advent is near.
final decade -> last decade | conf=0.6 not_before=\b(?:the|its|his|her|their|a)\s+(?:\w+\s+)?
    + Wages stalled over final decade. -> Wages stalled over last decade.
    - The final decade of the century was calm.
the final a number of -> the last several | gate=always conf=0.95
the final a number of years -> the last several years | gate=always conf=0.97
the final two years -> the last two years | conf=0.5
the final 12 months -> the last year | conf=0.75
over the past 12 months -> over the past year | conf=0.35
previous 12 months -> past year | conf=0.9
the previous 12 months -> the past year | conf=0.9
the previous week -> the past week | conf=0.5
the previous month -> the past month | conf=0.5
the previous decade -> the past decade | conf=0.5
previous few years -> past few years | conf=0.8
previous few days -> past few days | conf=0.8
previous few weeks -> past few weeks | conf=0.8
previous few months -> past few months | conf=0.8
subsequent week -> next week | conf=0.85 not_before=\b(?:the|a|each|every|in\s+the)\s+
    + The trial resumes subsequent week. -> The trial resumes next week.
    - In the subsequent week, prices fell.
subsequent month -> next month | conf=0.85 not_before=\b(?:the|a|each|every|in\s+the)\s+
    + Elections are due subsequent month. -> Elections are due next month.
    - In the subsequent month, sales recovered.
subsequent 12 months -> next year | gate=always conf=0.97
subsequent yr -> next year | gate=always conf=0.95
subsequent summer time -> next summer | gate=always conf=0.97
subsequent weekend -> next weekend | conf=0.85 not_before=\b(?:the|a|each|every)\s+
    + The match is subsequent weekend. -> The match is next weekend.
    - The subsequent weekend was quiet.
subsequent Monday -> next Monday | conf=0.8 not_before=\bthe\s+
    + Schools reopen subsequent Monday. -> Schools reopen next Monday.
    - The subsequent Monday brought rain.
subsequent Tuesday -> next Tuesday | conf=0.8 not_before=\bthe\s+
    + The panel meets subsequent Tuesday. -> The panel meets next Tuesday.
    - The subsequent Tuesday was a holiday.
subsequent Wednesday -> next Wednesday | conf=0.8 not_before=\bthe\s+
    + The ruling is due subsequent Wednesday. -> The ruling is due next Wednesday.
    - The subsequent Wednesday saw more rain.
subsequent Thursday -> next Thursday | conf=0.8 not_before=\bthe\s+
    + Voting ends subsequent Thursday. -> Voting ends next Thursday.
    - The subsequent Thursday was calm.
subsequent Friday -> next Friday | conf=0.8 not_before=\bthe\s+
    + The report is out subsequent Friday. -> The report is out next Friday.
    - The subsequent Friday was payday.
the subsequent day -> the next day | conf=0.45
the subsequent few -> the next few | conf=0.75
within the subsequent -> in the next | conf=0.6
inside the subsequent -> within the next | gate=always conf=0.9
over the subsequent -> over the next | conf=0.6
earlier this 12 months -> earlier this year | gate=always conf=0.98
later this 12 months -> later this year | gate=always conf=0.98
earlier final week -> earlier last week | gate=always conf=0.9
late final 12 months -> late last year | gate=always conf=0.98
early final 12 months -> early last year | gate=always conf=0.98
late final month -> late last month | gate=always conf=0.9
early final month -> early last month | gate=always conf=0.9
the tip of the 12 months -> the end of the year | gate=always conf=0.98
by the tip of -> by the end of | gate=always conf=0.92
on the finish of -> at the end of | gate=always conf=0.92
on the finish of the day -> at the end of the day | gate=always conf=0.97
on the tip of -> at the end of | gate=always conf=0.92
the tip of -> the end of | conf=0.75 after=\s+(?:the\s+)?(?:12\s+months|yr|year|month|week|warfare|war|season|decade|century|pandemic|conflict|disaster|crisis|time\s+period|term|marketing\s+campaign|campaign|assembly|gathering|meeting|talks|negotiations|summit|quarter|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|this|subsequent|next|final|last)\b
    + Talks are due to end by the tip of June. -> Talks are due to end by the end of June.
    - Police found only the tip of the knife.
    - That is just the tip of the iceberg.
the finish of -> the end of | conf=0.7 after=\s+(?:the\s+)?(?:12\s+months|yr|year|month|week|warfare|war|decade|century|pandemic|conflict|disaster|crisis|time\s+period|term|marketing\s+campaign|campaign|assembly|gathering|meeting|talks|negotiations|summit|quarter|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|this|subsequent|next|final|last)\b
    + Troops will leave by the finish of the year. -> Troops will leave by the end of the year.
    - The finish of the race was dramatic.
an finish -> an end | gate=always conf=0.97
to an finish -> to an end | gate=always conf=0.98
put an finish to -> put an end to | pos=verb gate=always conf=0.98
finish of the warfare -> end of the war | gate=always conf=0.97
a long time in the past -> decades ago | conf=0.55
a long time of -> decades of | gate=always conf=0.9 not_after=\s+(?:my|his|her|their|our|your)\s+life\b
    + The treaty ended a long time of conflict. -> The treaty ended decades of conflict.
    - It took a long time of my life to recover.
a long time-old -> decades-old | gate=always conf=0.98
a long time-long -> decades-long | gate=always conf=0.98
for a long time to come -> for decades to come | conf=0.3
years in the past -> years ago | gate=always conf=0.92 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|few|many|several|some|a\s+number\s+of|numerous|quite\s+a\s+few|dozens\s+of|hundreds\s+of)\s+ not_after=\s+(?:decade|decades|year|years|12\s+months|month|months|week|weeks|century|centuries|few|couple|day|days|hour|hours|a|two|three|four|five|six|seven|eight|nine|ten|\d+)\b
    + The mine closed ten years in the past. -> The mine closed ten years ago.
    - Few years in the past decade were so wet.
days in the past -> days ago | gate=always conf=0.92 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|some|a\s+number\s+of|numerous)\s+ not_after=\s+(?:decade|decades|year|years|12\s+months|month|months|week|weeks|century|centuries|few|couple|day|days|hour|hours|a|two|three|four|five|six|seven|eight|nine|ten|\d+)\b
    + She arrived three days in the past. -> She arrived three days ago.
    - Few days in the past month were dry.
weeks in the past -> weeks ago | gate=always conf=0.92 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|some|a\s+number\s+of|numerous)\s+ not_after=\s+(?:decade|decades|year|years|12\s+months|month|months|week|weeks|century|centuries|few|couple|day|days|hour|hours|a|two|three|four|five|six|seven|eight|nine|ten|\d+)\b
    + The law passed two weeks in the past. -> The law passed two weeks ago.
    - Few weeks in the past year were calm.
months in the past -> months ago | gate=always conf=0.92 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|eighteen|a\s+few|few|several|some|a\s+number\s+of|numerous)\s+ not_after=\s+(?:decade|decades|year|years|12\s+months|month|months|week|weeks|century|centuries|few|couple|day|days|hour|hours|a|two|three|four|five|six|seven|eight|nine|ten|\d+)\b
    + The firm went bust six months in the past. -> The firm went bust six months ago.
    - Few months in the past decade were colder.
hours in the past -> hours ago | gate=always conf=0.9 before=\b(?:\d+|two|three|four|five|six|a\s+few|few|several|some)\s+ not_after=\s+(?:decade|decades|year|years|12\s+months|month|months|week|weeks|century|centuries|few|couple|day|days|hour|hours|a|two|three|four|five|six|seven|eight|nine|ten|\d+)\b
    + The ship sank two hours in the past. -> The ship sank two hours ago.
    - Few hours in the past week were quiet.
a decade in the past -> a decade ago | gate=always conf=0.95
a century in the past -> a century ago | gate=always conf=0.95
a month in the past -> a month ago | gate=always conf=0.95
a week in the past -> a week ago | gate=always conf=0.95
a day in the past -> a day ago | conf=0.7
a very long time in the past -> a long time ago | conf=0.85
way back -> long ago | conf=0.2
not too long ago -> recently | conf=0.65 after=\s+(?:\w+ed|been|began|begun|became|become|built|bought|brought|caught|chose|chosen|came|drew|drawn|fell|fought|found|gave|given|grew|had|held|hit|kept|knew|led|left|lost|made|met|paid|put|ran|rose|said|sold|sent|set|shot|shut|spent|spoke|stood|struck|took|taken|told|won|wrote|written)\b
    + The bank not too long ago raised rates. -> The bank recently raised rates.
    - Not too long ago, this was farmland.
lately -> recently | conf=0.75 after=\s+(?:\w+ed|been|began|begun|became|become|built|bought|brought|came|drew|fell|found|gave|given|grew|had|held|hit|led|left|lost|made|met|paid|rose|said|sold|sent|set|spent|spoke|took|taken|told|won|wrote|written|stated|mentioned|introduced|launched)\b
    + The ministry lately announced new rules. -> The ministry recently announced new rules.
    - I have been tired lately.
lately -> recently | conf=0.45 before=\b(?:has|have|had|was|were|is|are|been|and|which|who|that)\s+ not_after=\s*[,.;!?] id=news:lately_recently.2
    + The trend has lately accelerated. -> The trend has recently accelerated.
    - Have you seen her lately?
within the latest previous -> in the recent past | gate=always conf=0.95
within the current previous -> in the recent past | gate=always conf=0.95
in current weeks -> in recent weeks | gate=always conf=0.97
in current months -> in recent months | gate=always conf=0.97
in current years -> in recent years | gate=always conf=0.97
in current days -> in recent days | gate=always conf=0.97
in current a long time -> in recent decades | gate=always conf=0.98
current weeks -> recent weeks | conf=0.85
current months -> recent months | conf=0.85
current years -> recent years | conf=0.85
current days -> recent days | conf=0.85
lately years -> recent years | gate=always conf=0.9
in recent times -> in recent years | conf=0.45
most up-to-date -> latest | conf=0.6 not_after=\s+(?:version|versions|information|info|data|software|list|copy|edition|guidance|release|releases|figures|advice|news|research|knowledge|technology|equipment|maps?|records?|details|prices|rates)\b
    + The most up-to-date polls show a tie. -> The latest polls show a tie.
    - Always install the most up-to-date version.
the most up-to-date -> the latest | conf=0.55 before=\b(?:in|is|was|are|were)\s+ after=\s+(?:in|of|to)\s+(?:a|an|the)\s+(?:collection|string|sequence|series|line|spate|wave|round)\b
    + It is the most up-to-date in a string of setbacks. -> It is the latest in a string of setbacks.
    - This is the most up-to-date map available.
newest in a collection of -> latest in a series of | gate=always conf=0.97
newest in a string of -> latest in a string of | conf=0.8
the newest -> the latest | conf=0.45 not_after=\s+(?:version|versions|release|releases|edition|editions|member|members|addition|additions|arrival|arrivals|recruit|recruits|model|models|state|country|nation|hire|hires|star|stars|entrant|entrants)\b
    + Here are the newest figures on jobs. -> Here are the latest figures on jobs.
    - She is the newest member of the board.
newest knowledge -> latest data | gate=always conf=0.92
the newest knowledge -> the latest data | gate=always conf=0.95
most up-to-date knowledge -> latest data | gate=always conf=0.95
beforehand -> previously | conf=0.85 after=\s+(?:\w+ed|been|unknown|unseen|unreported|unpublished|undisclosed|unidentified|unthinkable|served|worked|held|led|said|told|run|ran|won|lost|made|seen|known|described|denied|warned|stated|mentioned|introduced|advised)\b not_after=\s+(?:and|or|to)\b
    + The minister had beforehand denied the claim. -> The minister had previously denied the claim.
    + A beforehand unknown virus spread. -> A previously unknown virus spread.
    - Please let us know beforehand.
    - Book your seat beforehand to avoid queues.
earlier than -> before | conf=0.75 not_after=\s+(?:\d+|expected|anticipated|planned|scheduled|usual|normal|regular|typical|previously|beforehand|thought|forecast|predicted|originally|initially|intended|hoped|feared|required|needed|necessary|ever|before|other|others|most|many|some|any|that|those|this|these|it|he|she|they|we|I|you|in\s+(?:previous|past|earlier|other)|the\s+(?:rest|others|average|common|previous|last|first|original|date|deadline|usual|norm|target|schedule|planned|expected|official|one|ones))\b not_before=\b(?:much|slightly|far|even|somewhat|considerably|significantly|a\s+(?:bit|little|lot|week|day|month|year))\s+
    + He died earlier than the trial began. -> He died before the trial began.
    + Earlier than the vote, rival groups clashed. -> Before the vote, rival groups clashed.
    - The harvest came earlier than expected.
    - Results arrived much earlier than the deadline.
simply earlier than -> just before | gate=always conf=0.97
shortly earlier than -> shortly before | gate=always conf=0.95
quickly earlier than -> shortly before | gate=always conf=0.95
days earlier than -> days before | conf=0.65
hours earlier than -> hours before | conf=0.65
weeks earlier than -> weeks before | conf=0.6
simply after -> just after | conf=0.65 not_after=\s*[,.]|\s+all\b
    + The blast came simply after midnight. -> The blast came just after midnight.
    - Life is simply after all a series of accidents.
quickly after -> soon after | conf=0.75 not_before=\b(?:very|as|so|how|too|more|extra|acted|act|respond|responded|reacted|react|moved|move)\s+
    + Quickly after the vote, protests began. -> Soon after the vote, protests began.
    - The firm moved quickly after the warning.
quickly thereafter -> soon thereafter | gate=always conf=0.9
quickly afterwards -> soon afterwards | conf=0.6
as quickly as attainable -> as soon as possible | gate=always conf=0.99
as quickly as doable -> as soon as possible | gate=always conf=0.99
as quickly as potential -> as soon as possible | gate=always conf=0.98
as shortly as attainable -> as quickly as possible | gate=always conf=0.99
as shortly as potential -> as quickly as possible | gate=always conf=0.99
as shortly as doable -> as quickly as possible | gate=always conf=0.99
as quickly as -> as soon as | conf=0.55 after=\s+(?:subsequent|next|this|the\s+(?:subsequent|next|following)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|at\s+the\s+moment|as\s+we\s+speak)\b
    + The law could apply as quickly as subsequent month. -> The law could apply as soon as subsequent month.
    - He ran as quickly as he could.
extra shortly -> more quickly | gate=always conf=0.95
extra shortly than -> more quickly than | gate=always conf=0.98
shortly -> quickly | conf=0.7 before=\b(?:more|extra|acted|act|acting|acts|moved|move|moving|moves|react|reacted|reacting|respond|responded|responding|spread|spreading|spreads|grew|grow|growing|grows|rose|sold|recovered|recover|recovering|recovers|change|changed|changing|adapt|adapted|adapting)\s+ not_after=\s+(?:after|before|afterwards|afterward|thereafter|earlier)\b
    + Officials moved shortly to contain the leak. -> Officials moved quickly to contain the leak.
    - The train arrived shortly after noon.
proper now -> right now | gate=always conf=0.98
proper right here -> right here | gate=always conf=0.97
proper there -> right there | conf=0.85
proper away -> right away | gate=always conf=0.98
proper after -> right after | gate=always conf=0.9
proper earlier than -> right before | gate=always conf=0.98
proper from the beginning -> right from the start | gate=always conf=0.97
at the moment -> currently | conf=0.7 before=\b(?:is|are|was|were|am|be|been|it's|it’s|he's|she's|they're|we're|I'm|which|who|that|and)\s+ after=\s+(?:\w+ing|underneath|beneath|under|in\s+(?:talks|negotiations|custody|hospital|police\s+custody|jail|prison)|on\s+(?:trial|bail|leave|strike)|being|held|housed|detained|valued|priced|scheduled|set|expected|anticipated|estimated|believed|thought|considered|projected|listed|owned|run|led|closed|shut)\b
    + The suspect is at the moment being questioned. -> The suspect is currently being questioned.
    + The plant is at the moment shut for repairs. -> The plant is currently shut for repairs.
    - He was at the moment of his greatest triumph.
presently -> currently | conf=0.5 not_before=\b(?:will|would|shall|and|but)\s+
    + The firm presently employs 300 people. -> The firm currently employs 300 people.
    - He will presently arrive.
at present -> currently | conf=0.4 not_before=\b(?:from|until|up\s+to|till|than|as\s+at)\s+
    + The bridge is at present closed. -> The bridge is currently closed.
    - Up to at present the figures are not known.
as we speak -> today | conf=0.7 not_after=\s*,\s+(?:the|troops|forces|soldiers|officials)\b not_before=\b(?:even|happening|right|is|are|underway)\s+
    + Parliament meets as we speak to vote. -> Parliament meets today to vote.
    + As we speak, markets rose in Asia. -> Today, markets rose in Asia.
    - Prices are rising even as we speak.
till as we speak -> until today | gate=always conf=0.97
until as we speak -> until today | gate=always conf=0.97
to at the present time -> to this day | gate=always conf=0.95
till at the present time -> until today | gate=always conf=0.95
this present day -> today | conf=0.6 not_before=\bto\s+
    + This present day, the court will rule. -> Today, the court will rule.
    - The custom survives to this present day.
in the meantime -> meanwhile | conf=0.55 before=(?:\A|[.!?]["”]?\s+|\n)
    + In the meantime, the euro fell. -> Meanwhile, the euro fell.
    - Stay indoors in the meantime.
night time -> night | conf=0.85 before=\b(?:final|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|that|one|election|opening|late|every|each|the\s+identical|the\s+same|the\s+subsequent|the\s+following|through\s+the|in\s+the\s+center\s+of|in\s+the\s+course\s+of|in\s+a\s+single|in\s+a\s+single\s+day|throughout\s+the)\s+
    + Rioters burned cars on Saturday night time. -> Rioters burned cars on Saturday night.
    - We saw a night time sky full of stars.
summer time -> summer | conf=0.9 before=\b(?:final|this|subsequent|next|early|late|previous|earlier\s+this|later\s+this|each|every|the\s+(?:identical|same|whole|entire|hot|sizzling|scorching))\s+
    + The dam will open subsequent summer time. -> The dam will open subsequent summer.
    - Clocks go forward when summer time begins.
summer time months -> summer months | gate=always conf=0.9
summer time season -> summer season | gate=always conf=0.9
summer time holidays -> summer holidays | gate=always conf=0.9
summer time trip -> summer vacation | gate=always conf=0.95
sizzling summer time -> hot summer | gate=always conf=0.97
sizzling climate -> hot weather | gate=always conf=0.97
excessive climate -> extreme weather | gate=always conf=0.95
excessive warmth -> extreme heat | gate=always conf=0.95
excessive climate occasions -> extreme weather events | gate=always conf=0.98
warmth wave -> heatwave | pos=noun gate=always conf=0.97
warmth waves -> heatwaves | gate=always conf=0.97
warmth stroke -> heatstroke | gate=always conf=0.97
warmth pump -> heat pump | pos=noun gate=always conf=0.97
warmth-related -> heat-related | gate=always conf=0.97
scorching warmth -> scorching heat | gate=always conf=0.97
sweltering warmth -> sweltering heat | gate=always conf=0.97
record warmth -> record heat | gate=always conf=0.9
document warmth -> record heat | gate=always conf=0.97
each day -> daily | conf=0.85 after=\s+(?:lives|life|foundation|basis|routine|routines|briefing|briefings|instances|common|wage|wages|newspaper|newspapers|information|deaths|dying|infections|an\s+infection|charge|quota|quotas|restrict|dose|doses|commute|struggles|chores|actions|consumption|quantity|output|manufacturing|site\s+visitors|flights|buying\s+and\s+selling|caseload|tally|tallies|replace|updates|figures|protests|clashes|assaults|shelling|bombardments|rallies)\b
    + The each day tally of infections rose. -> The daily tally of infections rose.
    + Power cuts disrupt each day life. -> Power cuts disrupt daily life.
    - The trains run each day of the week.
each day newspaper -> daily newspaper | pos=noun gate=always conf=0.95
the each day -> the daily | conf=0.85 after=\s+(?:newspaper|paper|Mail|Telegraph|Star|Categorical|Express|Mirror|Record|News|Beast|Maverick|Sabah|Yomiuri|Information|Caller|Wire|Dot)\b
    + The each day newspaper reported the leak. -> The daily newspaper reported the leak.
    - The each-day pass costs five euros.
British each day -> British daily | gate=always conf=0.92
month-to-month -> monthly | conf=0.8 not_after=\s+(?:lease|leases|rental|rentals|tenancy|tenancies|basis|contract|contracts|plan|plans|agreement|agreements|settlement|settlements|tenant|tenants)\b
    + Month-to-month inflation slowed in May. -> Monthly inflation slowed in May.
    - She rents on a month-to-month lease.
month-to-month foundation -> monthly basis | gate=always conf=0.95
yearly -> annual | conf=0.45 after=\s+(?:report|reports|revenue|income|earnings|income|budget|price\s+range|summit|conference|convention|meeting|assembly|gathering|rate|charge|inflation|growth|development|output|manufacturing|rise|enhance|increase|sales|gross\s+sales|profit|revenue|festival|parade|pilgrimage|event|occasion|tax|subscription|fee|salary|wage|leave)\b
    + The yearly inflation rate eased. -> The annual inflation rate eased.
    - The club meets yearly in June.
yearly charge -> annual rate | gate=always conf=0.95
yearly basis -> annual basis | conf=0.5
yearly foundation -> annual basis | gate=always conf=0.97
on a yearly foundation -> on an annual basis | gate=always conf=0.98
each day foundation -> daily basis | gate=always conf=0.97
on a each day foundation -> on a daily basis | gate=always conf=0.98
on a common foundation -> on a regular basis | gate=always conf=0.97
on a daily foundation -> on a daily basis | gate=always conf=0.97
on a weekly foundation -> on a weekly basis | gate=always conf=0.97
on a month-to-month foundation -> on a monthly basis | gate=always conf=0.97
on a case-by-case foundation -> on a case-by-case basis | gate=always conf=0.98
on a everlasting foundation -> on a permanent basis | gate=always conf=0.98
on a short lived foundation -> on a temporary basis | gate=always conf=0.99
short-term foundation -> temporary basis | gate=always conf=0.95
everlasting -> permanent | conf=0.65 after=\s+(?:basis|foundation|member|members|seat|seats|ceasefire|truce|residency|residence|resident|residents|status|job|jobs|position|place|solution|answer|fix|closure|ban|exclusion|peace|settlement|base|bases|presence|staff|employees|workers|contract|contracts|damage|harm|injury|disability|record|document|collection|exhibition|camp|camps)\b
    + Five everlasting members sit on the council. -> Five permanent members sit on the council.
    - Her love proved everlasting.
short lived -> temporary | conf=0.8 after=\s+(?:basis|foundation|ceasefire|truce|measure|measures|ban|closure|closures|shelter|shelters|camp|camps|housing|visa|visas|permit|permits|protection|safety|staff|workers|employees|jobs|contract|contracts|halt|suspension|relief|reduction|discount|exemption|waiver|pause|fix|solution|residence|residency|status)\b
    + The council built short lived shelters. -> The council built temporary shelters.
    - The boom proved short lived.
short-lived truce -> temporary truce | conf=0.2
on the identical time -> at the same time | gate=always conf=0.98
on the similar time -> at the same time | gate=always conf=0.97
on the time -> at the time | conf=0.8 after=\s*,|\s+of\s+(?:writing|the\s+(?:assault|attack|incident|taking\s+pictures|capturing|shooting|crash|explosion|blast|arrest|killing|homicide|murder|accident|announcement|election|vote|sale|deal))\b not_before=\b(?:depend|depends|depended|depending|based|focus|focused|focuses|focusing|rely|relies|relied|relying|spend|spent|spending|agree|agreed|comment|commented|impact|effect|limit|limits|reflect|reflected|save|saved|insist|insisted|decide|decided|data|knowledge|information|details|particulars|cut\s+back|cut)\s+
    + On the time, the factory employed 2,000 people. -> At the time, the factory employed 2,000 people.
    + He was 19 on the time of the attack. -> He was 19 at the time of the attack.
    - The result depends on the time, not the place.
the identical -> the same | conf=0.75 not_after=\s+(?:twins?|copies|copy|replica|replicas|twin|to)\b
    + She gave the identical answer twice. -> She gave the same answer twice.
    - The identical twins were born in May.
identical day -> same day | conf=0.85
identical interval -> same period | gate=always conf=0.95
the identical interval -> the same period | gate=always conf=0.97
in the identical interval -> in the same period | gate=always conf=0.98
throughout the identical interval -> during the same period | gate=always conf=0.98
identical time -> same time | conf=0.85
identical factor -> same thing | conf=0.85
identical approach -> same way | gate=always conf=0.95
in the identical approach -> in the same way | gate=always conf=0.98
the identical approach -> the same way | gate=always conf=0.95
the identical means -> the same way | conf=0.5
identical thing -> same thing | conf=0.85
transition interval -> transition period | pos=noun gate=always conf=0.95
grace interval -> grace period | pos=noun gate=always conf=0.97
ready interval -> waiting period | pos=noun gate=always conf=0.97
trial interval -> trial period | pos=noun gate=always conf=0.95
throughout -> during | conf=0.75 after=\s+(?:a|an|his|her|their|its|the)\s+(?:gathering|assembly|go\s+to|visit|interview|name|cellphone\s+name|phone\s+name|telephone\s+name|speech|tackle|press\s+convention|information\s+convention|summit|joint|televised|video|meeting|session|debate|briefing|trip|journey|listening\s+to|hearing|raid|operation|recreation|game|match|marketing\s+campaign\s+rally|rally|ceremony|funeral|parade|protest|demonstration|go\s+to\s+to|journey\s+to|trip\s+to|keep|stay|tenure|time\s+period|term|reign|presidency|premiership|first|second|final|last|opening|closing)\b
    + Throughout a gathering in Paris, the two leaders spoke. -> During a gathering in Paris, the two leaders spoke.
    + He fell ill throughout his go to to Rome. -> He fell ill during his go to to Rome.
    - Snow fell throughout the region.
go to -> visit | pos=noun forms=NN conf=0.85 before=\b(?:a|an|his|her|their|its|the|this|that|first|rare|state|official|surprise|unannounced|two-day|three-day|one-day|week-long|brief|short|temporary|historic|planned|scheduled|upcoming|recent|current|latest|newest|throughout\s+(?:his|her|the|a)|during\s+(?:his|her|the|a))\s+ not_after=\s+(?:to\s+(?:bed|sleep|school|work|war|warfare|court|courtroom|jail|prison|church|college|hospital|waste|pieces|ground|extremes|great\s+lengths)|back|ahead|for\s+it|away|out|on|up|down|through|over|into|with|without|home|residence)\b
    + Her first go to to China was cancelled. -> Her first visit to China was cancelled.
    + The state go to ended on Tuesday. -> The state visit ended on Tuesday.
    - Children go to school by bus.
    - It was his first time to go to sea.


# ======================================================================
# Numbers and quantities
# ======================================================================
p.c -> percent | gate=always conf=0.99 before=(?:\d\s*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|the|per|few|several)\s+) not_after=\s*[\[(=]
    + Inflation rose 5 p.c in May. -> Inflation rose 5 percent in May.
    + Turnout fell to 40.5 p.c. -> Turnout fell to 40.5 percent.
    - Print p.c to see the coefficients.
proportion level -> percentage point | pos=noun gate=always conf=0.97
share level -> percentage point | pos=noun gate=always conf=0.95
proportion factors -> percentage points | gate=always conf=0.97
share factors -> percentage points | gate=always conf=0.97
foundation level -> basis point | pos=noun gate=always conf=0.98
foundation factors -> basis points | gate=always conf=0.98
1000's -> thousands | gate=always conf=0.97
tens of 1000's -> tens of thousands | gate=always conf=0.99
lots of of 1000's -> hundreds of thousands | gate=always conf=0.99
lots of of -> hundreds of | gate=always conf=0.97
a whole bunch of -> hundreds of | conf=0.7
a whole lot of -> hundreds of | conf=0.45
thousands and thousands -> millions | conf=0.85
thousands and thousands of -> millions of | conf=0.85
tens of hundreds of thousands -> tens of millions | gate=always conf=0.95
hundreds of thousands of thousands -> billions | gate=always conf=0.9
1000's of thousands and thousands -> billions | gate=always conf=0.95
hundreds of thousands of -> millions of | conf=0.35
the 2 -> the two | conf=0.85 after=\s+(?:nations|international\s+locations|countries|sides|leaders|males|ladies|men|women|firms|corporations|companies|events|parties|teams|groups|presidents|governments|neighbours|neighbors|allies|rivals|candidates|brothers|sisters|sons|daughters|victims|suspects|gamers|players|of\s+them|have|had|are|were|will|would|met|agreed|signed|share)\b
    + Talks between the 2 nations resumed. -> Talks between the two nations resumed.
    - The 2 percent target was missed.
the 3 -> the three | conf=0.75 after=\s+(?:nations|international\s+locations|countries|sides|leaders|males|ladies|men|women|firms|companies|events|parties|teams|groups|governments|allies|candidates|victims|suspects|gamers|players|of\s+them|have|had|are|were|will|met|agreed|signed)\b
    + The 3 leaders met in Rome. -> The three leaders met in Rome.
    - The 3 percent rise surprised markets.
a complete of -> a total of | gate=always conf=0.97
the whole variety of -> the total number of | gate=always conf=0.97
complete variety of -> total number of | gate=always conf=0.95
the variety of -> the number of | conf=0.75 after=\s+(?:individuals|people|folks|instances|cases|deaths|loss\s+of\s+life|migrants|refugees|troopers|soldiers|victims|casualties|infections|arrests|vacancies|staff|employees|workers|jobs|voters|customers|users|college\s+students|students|youngsters|children|ladies|women|males|men|sufferers|patients|vehicles|automobiles|homes|properties|flights|guests|visitors|vacationers|tourists|applications|functions|new|confirmed|registered|reported|unemployed|jobless|homeless|uninsured|COVID|covid|Covid)\b
    + The variety of individuals out of work rose. -> The number of individuals out of work rose.
    - The variety of plants in the garden is stunning.
a variety of -> a number of | conf=0.45 after=\s+(?:individuals|people|officers|officials|international\s+locations|countries|nations|sources|reviews|reports|instances|cases|occasions|times|incidents|assaults|attacks|arrests|deaths|victims|troopers|soldiers)\b
    + A variety of officers resigned. -> A number of officers resigned.
    - The shop sells a variety of cheeses.
greater than -> more than | conf=0.65 after=\s+(?:\$|£|€)?\d|\s+\w+fold\b|\s+(?:a\s+(?:dozen|hundred|thousand|million|billion|third|quarter|half|week|month|year|12\s+months|decade|century|day)|per\s+(?:week|month|year|12\s+months|decade|day)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|1000's|lots\s+of\s+of|millions|tens)\b not_before=\b(?:is|are|was|were|be|been|value|values|number|numbers|count|size|length|score|x|n|if|where|when|whose|with|any|all|integer|integers|float|floats|whichever|must|should|not|no|strictly|or|equal\s+to\s+or)\s+
    + Greater than 200 people were hurt. -> More than 200 people were hurt.
    + The fund lost greater than half its value. -> The fund lost more than half its value.
    + It will cut the price of greater than 500 products. -> It will cut the price of more than 500 products.
    - The share of values greater than 10 fell.
    - The value must be greater than 0.
    - Returns an error if n is greater than 10.
a minimum of -> at least | conf=0.6 after=\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million|billion|third|quarter)|half|dozens|hundreds|thousands|1000's|lots\s+of\s+of)\b not_before=\b(?:requires|require|required|requiring|need|needs|needed|must\s+(?:have|be)|for|with|set|sets|of|to\s+(?:have|be))\s+
    + A minimum of 12 people died. -> At least 12 people died.
    - Applicants need a minimum of 3 years of experience.
at the very least -> at least | conf=0.85 after=\s+(?:\$|£|€)?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:dozen|hundred|thousand|million|billion|third|quarter|half|few)|half|dozens|hundreds|thousands|1000's|lots\s+of\s+of|tens|some|part|partly|partially)\b
    + At the very least 30 people were killed. -> At least 30 people were killed.
    - At the very least, he owes us an apology.
no less than -> at least | conf=0.6 after=\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|1000's)\b not_before=\b(?:is|was|are|were|be|nothing|none|it\s+is|it's|no\s+more,?)\s+
    + No less than 10 boats sank. -> At least 10 boats sank.
    - It was no less than a miracle.
as much as -> up to | conf=0.5 after=\s+a\s+(?:third|quarter|half|fifth|tenth)\b|\s+(?:\$|£|€)?\d[\d,.]*\s*(?:%|p\.c|percent|per\s+cent|years|12\s+months|months|weeks|days|hours|individuals|people|troopers|soldiers|jobs|properties|homes)\b
    + The law allows as much as 10 years in jail. -> The law allows up to 10 years in jail.
    - Eat as much as you like.
practically -> nearly | conf=0.7 after=\s+(?:\$|£|€)?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:third|quarter|dozen|hundred|thousand|million|billion|decade|century|12\s+months|year|month|week)|half|all|every|each|twice|double|triple|dozens|hundreds|thousands|1000's|lots\s+of\s+of|tens)\b
    + Practically 40 percent of homes lost power. -> Nearly 40 percent of homes lost power.
    - The plan is practically sound in theory?
virtually -> nearly | conf=0.6 after=\s+(?:\$|£|€)?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:third|quarter|dozen|hundred|thousand|million|billion|decade|century|12\s+months|year|month|week)|half|twice|double|triple|dozens|hundreds|thousands|1000's|tens)\b
    + Virtually 3,000 jobs are at risk. -> Nearly 3,000 jobs are at risk.
    - The meeting was held virtually.
round -> around | conf=0.85 after=\s+(?:\$|£|€)?\d[\d,.]*(?:\s*(?:%|p\.c|percent|per\s*cent|million|billion|trillion|thousand|hundred|individuals|people|troopers|soldiers|residents|civilians|households|folks|of|a\s+(?:day|week|month|12\s+months|year))\b)|\s+(?:half|a\s+(?:third|quarter|dozen|hundred|thousand|million|billion|fifth|tenth))\b not_before=\b(?:in|the|a|of|this|that|next|subsequent|second|first|final|third|fourth|each|every|latest|newest|new|another|one\s+other)\s+
    + Round 300 people attended. -> Around 300 people attended.
    - In round 2 of the talks, nothing moved.
    - The next round 16 matches start Monday?
round the world -> around the world | conf=0.6
everywhere in the world -> around the world | conf=0.55 not_before=\b(?:almost|nearly|practically|virtually|just\s+about)\s+
    + Fans everywhere in the world watched. -> Fans around the world watched.
    - Almost everywhere in the world, prices rose.
on common -> on average | gate=always conf=0.92 after=\s*,|\s+(?:\$|£|€)?\d|\s+(?:per|a|an|each|every|over|across)\b not_after=\s+(?:ground|land|property|sense|law|terms|interests?|issues|goals|themes|use|grounds|cause|practice|values|enemy|threat|market|currency|heritage|history|language|denominator|knowledge|approach|position|stance|framework|standards?|rules|carriers?|stock|shares|dates?|occasions|days)\b
    + On common, rents rose 5 percent. -> On average, rents rose 5 percent.
    - The two sides met on common ground.
common wage -> average wage | gate=always conf=0.9
common worth -> average price | gate=always conf=0.92
common temperature -> average temperature | gate=always conf=0.9
common temperatures -> average temperatures | gate=always conf=0.9
common life expectancy -> average life expectancy | gate=always conf=0.95
common earnings -> average earnings | gate=always conf=0.9
common home worth -> average house price | gate=always conf=0.97
common home costs -> average house prices | gate=always conf=0.97
the nationwide common -> the national average | gate=always conf=0.97
nationwide common -> national average | gate=always conf=0.92
above common -> above average | gate=always conf=0.9
beneath common -> below average | gate=always conf=0.95
rolling common -> rolling average | gate=always conf=0.95
seven-day common -> seven-day average | gate=always conf=0.97
7-day common -> 7-day average | gate=always conf=0.97
the common age -> the average age | conf=0.5
dozens of individuals -> dozens of people | conf=0.7
lots of of individuals -> hundreds of people | gate=always conf=0.99
1000's of individuals -> thousands of people | gate=always conf=0.99
hundreds of individuals -> hundreds of people | conf=0.5
thousands of individuals -> thousands of people | conf=0.5
thousands and thousands of individuals -> millions of people | gate=always conf=0.97
tens of millions of individuals -> tens of millions of people | conf=0.5
a quantity of -> a number of | gate=always conf=0.9
the quantity of individuals -> the number of people | gate=always conf=0.92
a pair of -> a couple of | conf=0.4 after=\s+(?:days|weeks|months|years|12\s+months|hours|minutes|occasions|times|instances)\b
    + The deal could close in a pair of weeks. -> The deal could close in a couple of weeks.
    - He bought a pair of shoes.
a pair of days -> a couple of days | conf=0.8
a pair of weeks -> a couple of weeks | conf=0.8
a pair of months -> a couple of months | conf=0.8
a pair of years -> a couple of years | conf=0.8
a pair of hours -> a couple of hours | conf=0.8
a number of occasions -> several times | conf=0.6
quite a few occasions -> numerous times | gate=always conf=0.9
a number of instances -> several times | conf=0.5
many occasions -> many times | conf=0.6
quite a few -> numerous | conf=0.35 after=\s+(?:occasions|instances|reviews|experiences|research|research|research|stories|individuals|international\s+locations|nations|cities|metropolis|assaults|attacks|deaths|arrests|complaints)\b
    + Police made quite a few arrests. -> Police made numerous arrests.
    - There were quite a few people?
complete worth -> total value | gate=always conf=0.9
complete value -> total cost | conf=0.85
complete income -> total revenue | conf=0.85
complete debt -> total debt | conf=0.8
complete gross sales -> total sales | gate=always conf=0.97
double-digit development -> double-digit growth | gate=always conf=0.95
single-digit development -> single-digit growth | gate=always conf=0.95


# ======================================================================
# Politics and government
# ======================================================================
# "authorities" is the spinner's word for "government"; "the authorities" is clean, so only
# singular agreement, possessive and modifier uses are repaired.
authorities -> government | gate=always conf=0.9 after=\s+(?:has|is|was|says|plans|wants|needs|does|doesn't|hasn't|isn't|wasn't|intends|hopes|insists|maintains|denies|rejects|claims|announced\s+its|stated\s+its|mentioned\s+its)\b
    + The authorities has promised new housing. -> The government has promised new housing.
    - The authorities have closed the road.
authorities's -> government's | gate=always conf=0.97
authorities’s -> government’s | gate=always conf=0.97 id=news:authorities_s_government_s.v2
authorities officers -> government officials | gate=always conf=0.95
authorities official -> government official | gate=always conf=0.95
authorities spending -> government spending | gate=always conf=0.95
authorities coverage -> government policy | gate=always conf=0.97
authorities insurance policies -> government policies | gate=always conf=0.97
authorities funding -> government funding | gate=always conf=0.92
authorities bonds -> government bonds | gate=always conf=0.95
authorities debt -> government debt | gate=always conf=0.95
authorities forces -> government forces | gate=always conf=0.95
authorities troops -> government troops | gate=always conf=0.95
authorities ministers -> government ministers | gate=always conf=0.95
authorities sources -> government sources | gate=always conf=0.92
authorities spokesperson -> government spokesperson | gate=always conf=0.95
authorities spokesman -> government spokesman | gate=always conf=0.95
authorities web site -> government website | gate=always conf=0.97
authorities companies -> government agencies | gate=always conf=0.95
authorities departments -> government departments | gate=always conf=0.95
authorities division -> government department | gate=always conf=0.95
authorities knowledge -> government data | gate=always conf=0.97
authorities statistics -> government statistics | gate=always conf=0.95
authorities buildings -> government buildings | gate=always conf=0.95
authorities constructing -> government building | gate=always conf=0.98
authorities employees -> government employees | gate=always conf=0.92
authorities staff -> government workers | gate=always conf=0.95
authorities critics -> government critics | gate=always conf=0.92
authorities help -> government support | gate=always conf=0.9
authorities assist -> government help | gate=always conf=0.9
authorities subsidies -> government subsidies | gate=always conf=0.95
authorities contracts -> government contracts | gate=always conf=0.95
authorities shutdown -> government shutdown | gate=always conf=0.97
authorities coalition -> government coalition | gate=always conf=0.95
authorities-run -> government-run | gate=always conf=0.98
authorities-backed -> government-backed | gate=always conf=0.98
authorities-owned -> government-owned | gate=always conf=0.98
authorities-controlled -> government-controlled | gate=always conf=0.98
authorities-funded -> government-funded | gate=always conf=0.98
authorities-imposed -> government-imposed | gate=always conf=0.98
anti-authorities -> anti-government | gate=always conf=0.98
pro-authorities -> pro-government | gate=always conf=0.98
federal authorities's -> federal government's | gate=always conf=0.98
the federal authorities -> the federal government | conf=0.55
central authorities -> central government | conf=0.55
native authorities -> local government | gate=always conf=0.9
nationwide authorities -> national government | gate=always conf=0.92
interim authorities -> interim government | conf=0.75
new authorities -> new government | conf=0.55
coalition authorities -> coalition government | gate=always conf=0.92
unity authorities -> unity government | gate=always conf=0.95
the brand new authorities -> the new government | gate=always conf=0.95
nation -> country | pos=noun forms=NN conf=0.45 not_before=\b(?:united|first|host|islamic|cherokee|navajo|rainbow|startup|start-up|league\s+of)\s+ not_after=\s+(?:of\s+Islam|state|states|building|builders?)\b
    + The nation faces a drought. -> The country faces a drought.
    - The Navajo Nation held elections.
nations -> countries | conf=0.55 not_before=\b(?:united|six|first|league\s+of|the\s+united)\s+ not_after=\s+(?:league|cup|championship)\b
    + Both nations share a long border. -> Both countries share a long border.
    - The United Nations met in Geneva.
    - The Six Nations starts in February.
international locations -> countries | gate=always conf=0.95
worldwide locations -> countries | gate=always conf=0.9
companion international locations -> partner countries | gate=always conf=0.98
member international locations -> member countries | gate=always conf=0.98
creating international locations -> developing countries | gate=always conf=0.98
developed international locations -> developed countries | gate=always conf=0.98
neighbouring international locations -> neighbouring countries | gate=always conf=0.98
neighboring international locations -> neighboring countries | gate=always conf=0.98
each international locations -> both countries | gate=always conf=0.98
each nations -> both countries | gate=always conf=0.92
each sides -> both sides | gate=always conf=0.97
each events -> both parties | gate=always conf=0.97
each leaders -> both leaders | gate=always conf=0.95
each males -> both men | gate=always conf=0.97
each ladies -> both women | gate=always conf=0.97
each corporations -> both companies | gate=always conf=0.97
each firms -> both companies | gate=always conf=0.95
each governments -> both governments | gate=always conf=0.95
each chambers -> both chambers | gate=always conf=0.95
each homes -> both houses | conf=0.9
each teams -> both teams | conf=0.9
each groups -> both teams | conf=0.75
chief -> leader | pos=noun forms=NN conf=0.7 not_after=(?<=(?-i:Chief))\s+(?-i:[A-Z])|(?<=\b[Tt]he\schief)\s+(?:mentioned|stated|said|says|added|advised|told|explained|confirmed|instructed|famous|noted)\b|\s+(?:executive|executives|govt|government|monetary|working|officer|officers|of|justice|economist|economists|financial|operating|technology|know-how|minister|ministers|editor|editors|whip|whips|negotiator|negotiators|strategist|scientist|scientists|investment|funding|information|medical|nursing|constable|inspector|superintendent|prosecutor|prosecutors|judge|choose|rabbi|engineer|engineers|architect|designer|designers|commercial|marketing|risk|danger|compliance|legal|authorized|counsel|product|data|knowledge|security|safety|spokesperson|spokesman|adviser|advisers|advisor|advisors|aide|aides|among|amongst|concern|concerns|cause|causes|reason|reasons|suspect|suspects|rival|rivals|among)\b not_before=\b(?:outgoing|incoming|new|brand\s+new|interim|longtime|long-time|agency|police|fire|army|navy|military|defence|defense|protection|spy|intelligence|deputy|tribal|village|clan|Indian|Native|station|bureau|section|party|get\s+together|staff|of|the\s+Joint|joint|commander-in|commander\s+in|editor-in|editor\s+in|mischief|thief|bureau|district|regional|county|state|local|native|former\s+police|ex-police|fireplace|hearth)\s+
    + The Chinese chief arrived in Paris. -> The Chinese leader arrived in Paris.
    + The opposition chief was arrested. -> The opposition leader was arrested.
    - The police chief resigned on Monday.
    - He is the chief executive of the bank.
    - Cost was the chief concern of voters.
supreme chief -> supreme leader | gate=always conf=0.95
opposition chief -> opposition leader | gate=always conf=0.95
get together chief -> party leader | gate=always conf=0.98
celebration chief -> party leader | gate=always conf=0.98
world chief -> world leader | conf=0.8
world chiefs -> world leaders | conf=0.7
separatist chief -> separatist leader | gate=always conf=0.92
rebel chief -> rebel leader | conf=0.85
the previous chief -> the former leader | conf=0.5
management -> leadership | conf=0.5 before=\b(?:the\s+(?:Chinese|Russian|Iranian|North\s+Korean|Soviet|Palestinian|Israeli|Ukrainian|Taliban|Communist|party|get\s+together|celebration|military|army|navy|new|current|present)|get\s+together|celebration|political|Communist|Taliban|army|navy|military|Kremlin|Chinese|Iranian|Soviet|Palestinian|collective)\s+
    + The Chinese management met in Beijing. -> The Chinese leadership met in Beijing.
    - Senior management approved the budget.
management contest -> leadership contest | gate=always conf=0.95
management race -> leadership race | gate=always conf=0.95
management election -> leadership election | gate=always conf=0.95
management problem -> leadership challenge | gate=always conf=0.95
management bid -> leadership bid | gate=always conf=0.95
management function -> leadership role | gate=always conf=0.97
management position -> leadership position | conf=0.6
ruling get together -> ruling party | gate=always conf=0.98
opposition get together -> opposition party | gate=always conf=0.98
political get together -> political party | gate=always conf=0.98
political events -> political parties | conf=0.5
opposition events -> opposition parties | gate=always conf=0.9
ruling events -> ruling parties | gate=always conf=0.95
warring events -> warring parties | gate=always conf=0.98
concerned events -> concerned parties | gate=always conf=0.95
third events -> third parties | gate=always conf=0.95
get together members -> party members | gate=always conf=0.95
get together member -> party member | gate=always conf=0.95
get together's -> party's | gate=always conf=0.97
get together congress -> party congress | gate=always conf=0.98
get together officers -> party officials | gate=always conf=0.98
get together officials -> party officials | gate=always conf=0.97
get together leaders -> party leaders | gate=always conf=0.97
get together management -> party leadership | gate=always conf=0.98
get together traces -> party lines | gate=always conf=0.98
get together line -> party line | gate=always conf=0.95
get together loyalists -> party loyalists | gate=always conf=0.98
get together activists -> party activists | gate=always conf=0.98
get together headquarters -> party headquarters | gate=always conf=0.98
get together conference -> party conference | gate=always conf=0.97
get together convention -> party conference | gate=always conf=0.97
get together secretary -> party secretary | gate=always conf=0.97
get together chairman -> party chairman | gate=always conf=0.97
Communist get together -> Communist Party | gate=always conf=0.98
Republican get together -> Republican Party | gate=always conf=0.98
Democratic get together -> Democratic Party | gate=always conf=0.98
Conservative get together -> Conservative Party | gate=always conf=0.98
Labour get together -> Labour Party | gate=always conf=0.98
Inexperienced get together -> Green Party | gate=always conf=0.99
Liberal get together -> Liberal Party | gate=always conf=0.98
governing get together -> governing party | gate=always conf=0.98
far-proper get together -> far-right party | gate=always conf=0.99
ruling celebration -> ruling party | gate=always conf=0.97
opposition celebration -> opposition party | gate=always conf=0.97
political celebration -> political party | conf=0.85
Communist celebration -> Communist Party | gate=always conf=0.97
Republican celebration -> Republican Party | gate=always conf=0.97
Democratic celebration -> Democratic Party | gate=always conf=0.97
Conservative celebration -> Conservative Party | gate=always conf=0.97
Labour celebration -> Labour Party | conf=0.9
celebration members -> party members | conf=0.85
celebration congress -> party congress | gate=always conf=0.95
celebration management -> party leadership | gate=always conf=0.97
third celebration -> third party | conf=0.85
far-proper -> far-right | gate=always conf=0.99
far proper -> far right | gate=always conf=0.95 id=news:far_proper_far_right.v2
proper-wing -> right-wing | gate=always conf=0.99
proper wing -> right wing | conf=0.9 id=news:proper_wing_right_wing.v2
centre-proper -> centre-right | gate=always conf=0.99
center-proper -> center-right | gate=always conf=0.99
excessive-proper -> far-right | gate=always conf=0.95
extreme-proper -> extreme-right | gate=always conf=0.97
the proper to -> the right to | conf=0.85 after=\s+(?:vote|protest|self-defence|self-defense|self-determination|exist|strike|asylum|work|free|freedom|privacy|privateness|life|an|a|remain|stay|return|bear|enchantment|attraction|appeal|be|know|access|entry|reply|respond|silence|counsel|choose|decide|equal|health|well\s+being|education|schooling|housing)\b
    + Citizens have the proper to vote. -> Citizens have the right to vote.
    - Choose the proper tool for the job?
human proper -> human right | conf=0.85
the proper hand -> the right hand | conf=0.7
proper aspect -> right side | gate=always conf=0.9
proper facet -> right side | gate=always conf=0.9
legislators -> lawmakers | conf=0.35
legislator -> lawmaker | pos=noun conf=0.35 forms=NN
invoice -> bill | pos=noun conf=0.55 not_before=\b(?:unpaid|pay|paid|paying|the\s+final|send|sent|sending|issue|issued|issuing|electricity|phone|tax|vat|VAT|fake|fraudulent|customer|supplier|electronic|commercial|original|pro\s*forma|proforma|e-|digital|first|corrected)\s+ not_after=\s+(?:number|numbers|date|dates|amount|amounts|payment|payments|total|totals|template|templates|fraud|financing|factoring|processing|discounting|value|line|lines|address|addresses|details|copy|copies|to\s+the\s+(?:customer|client))\b
    + The Senate passed the invoice on Friday. -> The Senate passed the bill on Friday.
    - Please pay the invoice number shown below.
    - Send the invoice to the customer.
a invoice -> a bill | gate=always conf=0.97
the invoice into regulation -> the bill into law | gate=always conf=0.99
invoice into regulation -> bill into law | gate=always conf=0.99
invoice into legislation -> bill into law | gate=always conf=0.97
signed into regulation -> signed into law | gate=always conf=0.99
signed into legislation -> signed into law | gate=always conf=0.9
handed into regulation -> passed into law | gate=always conf=0.99
handed a regulation -> passed a law | gate=always conf=0.99
handed the invoice -> passed the bill | gate=always conf=0.97
handed a invoice -> passed a bill | gate=always conf=0.99
handed laws -> passed legislation | gate=always conf=0.97
handed the laws -> passed the legislation | gate=always conf=0.97
handed legal guidelines -> passed laws | gate=always conf=0.99
handed away -> passed away | gate=always conf=0.99
handed by -> passed by | conf=0.5 before=\b(?:invoice|bill|laws|legislation|measure|regulation|law|decision|resolution)\s+
    + The measure handed by the Senate failed. -> The measure passed by the Senate failed.
    - A note was handed by the clerk to the judge.
legal guidelines -> laws | gate=always conf=0.97
regulation enforcement -> law enforcement | gate=always conf=0.99
regulation agency -> law firm | pos=noun gate=always conf=0.98
regulation companies -> law firms | gate=always conf=0.97
regulation faculty -> law school | pos=noun gate=always conf=0.98
regulation professor -> law professor | pos=noun gate=always conf=0.97
regulation and order -> law and order | gate=always conf=0.99
martial regulation -> martial law | gate=always conf=0.99
martial legislation -> martial law | gate=always conf=0.99
worldwide regulation -> international law | gate=always conf=0.95
worldwide legislation -> international law | gate=always conf=0.9
humanitarian regulation -> humanitarian law | gate=always conf=0.97
the rule of regulation -> the rule of law | gate=always conf=0.99
rule of regulation -> rule of law | gate=always conf=0.99
towards the regulation -> against the law | gate=always conf=0.99
in opposition to the regulation -> against the law | gate=always conf=0.99
beneath the regulation -> under the law | gate=always conf=0.95
underneath the regulation -> under the law | gate=always conf=0.95
beneath regulation -> under law | conf=0.8
the brand new regulation -> the new law | gate=always conf=0.95
new regulation -> new law | conf=0.55
regulation -> law | pos=noun forms=NN conf=0.45 not_after=\s+(?:of|and\s+(?:supervision|oversight|compliance)|compliance|requires|required|requiring|stipulates|states|number|no\.|article|section)\b not_before=\b(?:EU|E\.U\.|European|financial|monetary|banking|market|government|state|federal|self|self-|light-touch|gentle-touch|tighter|stricter|new|this|that|a|each|every|any|the\s+(?:EU|European|new|proposed|draft|relevant|applicable))\s+
    + The court struck down the regulation on Tuesday? -> The court struck down the law on Tuesday?
    - New EU regulation requires banks to report.
    - A regulation of the ministry sets the fee.
parliament handed -> parliament passed | gate=always conf=0.95
lawmakers handed -> lawmakers passed | gate=always conf=0.97
Senate handed -> Senate passed | gate=always conf=0.95
Congress handed -> Congress passed | gate=always conf=0.95
decrease home -> lower house | gate=always conf=0.98
higher home -> upper house | gate=always conf=0.98
the decrease home -> the lower house | gate=always conf=0.99
the higher home -> the upper house | gate=always conf=0.99
decrease chamber -> lower chamber | gate=always conf=0.97
higher chamber -> upper chamber | gate=always conf=0.97
home arrest -> house arrest | gate=always conf=0.99
each homes of -> both houses of | gate=always conf=0.97
speaker of the home -> speaker of the house | conf=0.8
get together -> party | gate=always conf=0.9 before=\b(?:ruling|opposition|political|Communist|Republican|Democratic|Conservative|Labour|Labor|Liberal|Green|Inexperienced|nationalist|far-right|far-proper|far-left|centrist|populist|governing|junior|coalition|Socialist|socialist|the\s+(?:ruling|opposition|governing))\s+
    + The ruling get together lost its majority. -> The ruling party lost its majority.
    - The students get together every Friday.
marketing campaign path -> campaign trail | gate=always conf=0.99
election marketing campaign -> election campaign | gate=always conf=0.95
presidential marketing campaign -> presidential campaign | gate=always conf=0.97
re-election marketing campaign -> re-election campaign | gate=always conf=0.99
reelection marketing campaign -> reelection campaign | gate=always conf=0.99
marketing campaign rally -> campaign rally | gate=always conf=0.97
marketing campaign rallies -> campaign rallies | gate=always conf=0.97
marketing campaign promise -> campaign promise | gate=always conf=0.95
marketing campaign guarantees -> campaign promises | gate=always conf=0.99
marketing campaign pledge -> campaign pledge | gate=always conf=0.95
marketing campaign finance -> campaign finance | gate=always conf=0.97
marketing campaign supervisor -> campaign manager | gate=always conf=0.99
marketing campaign spokesperson -> campaign spokesperson | gate=always conf=0.97
marketing campaign spokesman -> campaign spokesman | gate=always conf=0.97
marketing campaign workers -> campaign staff | conf=0.85
marketing campaign employees -> campaign staff | gate=always conf=0.95
marketing campaign headquarters -> campaign headquarters | gate=always conf=0.97
marketing campaign occasion -> campaign event | gate=always conf=0.98
marketing campaign towards -> campaign against | gate=always conf=0.97
marketing campaign in opposition to -> campaign against | gate=always conf=0.99
army marketing campaign -> military campaign | gate=always conf=0.95
navy marketing campaign -> military campaign | gate=always conf=0.97
vaccination marketing campaign -> vaccination campaign | gate=always conf=0.97
bombing marketing campaign -> bombing campaign | gate=always conf=0.98
strain marketing campaign -> pressure campaign | gate=always conf=0.98
smear marketing campaign -> smear campaign | gate=always conf=0.98
disinformation marketing campaign -> disinformation campaign | gate=always conf=0.97
marketing campaign -> campaign | pos=noun conf=0.6 not_before=\b(?:advertising|ad|digital|email|e\s+mail|social\s+media|online|on-line|brand|product|direct|viral|outdoor|print|TV|tv|radio|PR|integrated|promotional)\s+
    + The marketing campaign ended in defeat. -> The campaign ended in defeat.
    - The brand launched a digital marketing campaign.
opinion ballot -> opinion poll | pos=noun gate=always conf=0.97
ballot exhibits -> poll shows | gate=always conf=0.97
ballots present -> polls show | gate=always conf=0.95
exit ballot -> exit poll | pos=noun gate=always conf=0.95
ballot discovered -> poll found | gate=always conf=0.95
newest ballot -> latest poll | gate=always conf=0.95
a brand new ballot -> a new poll | gate=always conf=0.97
ballot printed -> poll published | conf=0.75
main election -> primary election | gate=always conf=0.9
Republican main -> Republican primary | gate=always conf=0.97
Democratic main -> Democratic primary | gate=always conf=0.97
main race -> primary race | conf=0.5
normal election -> general election | pos=noun gate=always conf=0.97
basic election -> general election | pos=noun gate=always conf=0.97
common election -> general election | conf=0.5
secretary-basic -> secretary-general | gate=always conf=0.99
secretary basic -> secretary general | gate=always conf=0.95 id=news:secretary_basic_secretary_general.v2
secretary-normal -> secretary-general | gate=always conf=0.99
lawyer basic -> attorney general | gate=always conf=0.98
lawyer normal -> attorney general | gate=always conf=0.98
legal professional basic -> attorney general | gate=always conf=0.99
legal professional normal -> attorney general | gate=always conf=0.99
solicitor basic -> solicitor general | gate=always conf=0.97
surgeon basic -> surgeon general | gate=always conf=0.98
surgeon normal -> surgeon general | gate=always conf=0.98
inspector basic -> inspector general | gate=always conf=0.98
inspector normal -> inspector general | gate=always conf=0.98
auditor basic -> auditor general | gate=always conf=0.98
director basic -> director general | gate=always conf=0.97
director-basic -> director-general | gate=always conf=0.99 id=news:director_basic_director_general.v2
director-normal -> director-general | gate=always conf=0.99
governor-basic -> governor-general | gate=always conf=0.99
consul basic -> consul general | gate=always conf=0.98
major basic -> major general | gate=always conf=0.98
lieutenant basic -> lieutenant general | gate=always conf=0.99
brigadier basic -> brigadier general | gate=always conf=0.99
basic public -> general public | gate=always conf=0.95
normal public -> general public | conf=0.9
basic meeting -> general assembly | conf=0.6
basic supervisor -> general manager | gate=always conf=0.98
basic strike -> general strike | gate=always conf=0.97
basic practitioner -> general practitioner | gate=always conf=0.98
overseas minister -> foreign minister | pos=noun gate=always conf=0.98
overseas ministry -> foreign ministry | pos=noun gate=always conf=0.98
overseas secretary -> foreign secretary | pos=noun gate=always conf=0.97
overseas coverage -> foreign policy | pos=noun gate=always conf=0.98
overseas affairs -> foreign affairs | conf=0.85
overseas direct funding -> foreign direct investment | gate=always conf=0.99
overseas funding -> foreign investment | conf=0.55
overseas buyers -> foreign investors | gate=always conf=0.92
overseas change -> foreign exchange | gate=always conf=0.97
overseas change reserves -> foreign exchange reserves | gate=always conf=0.99
overseas forex -> foreign currency | gate=always conf=0.97
overseas foreign money -> foreign currency | gate=always conf=0.99
overseas help -> foreign aid | gate=always conf=0.95
overseas nationals -> foreign nationals | conf=0.8
overseas journalists -> foreign journalists | conf=0.7
overseas fighters -> foreign fighters | conf=0.7
overseas interference -> foreign interference | conf=0.85
overseas leaders -> foreign leaders | conf=0.6
overseas governments -> foreign governments | conf=0.6
overseas powers -> foreign powers | conf=0.7
overseas firms -> foreign companies | gate=always conf=0.9
overseas corporations -> foreign companies | gate=always conf=0.92
overseas diplomats -> foreign diplomats | conf=0.85
Overseas Minister -> Foreign Minister | gate=always conf=0.98 case=exact id=news:overseas_minister_foreign_minister.2
Overseas Ministry -> Foreign Ministry | gate=always conf=0.98 case=exact id=news:overseas_ministry_foreign_ministry.2
Overseas Secretary -> Foreign Secretary | gate=always conf=0.95 case=exact id=news:overseas_secretary_foreign_secretary.2
protection minister -> defence minister | pos=noun gate=always conf=0.98
protection ministry -> defence ministry | pos=noun gate=always conf=0.98
protection secretary -> defense secretary | pos=noun gate=always conf=0.97
protection spending -> defence spending | gate=always conf=0.97
protection price range -> defence budget | gate=always conf=0.99
protection forces -> defence forces | gate=always conf=0.9
protection officers -> defence officials | gate=always conf=0.97
protection officials -> defense officials | gate=always conf=0.95
protection capabilities -> defence capabilities | gate=always conf=0.95
protection techniques -> defence systems | gate=always conf=0.98
protection system -> defence system | conf=0.8
air protection -> air defence | gate=always conf=0.95
air protection techniques -> air defence systems | gate=always conf=0.99
air protection methods -> air defence systems | gate=always conf=0.99
missile protection -> missile defence | gate=always conf=0.97
missile protection system -> missile defense system | gate=always conf=0.98
protection lawyer -> defence lawyer | pos=noun gate=always conf=0.97
protection legal professional -> defense attorney | pos=noun gate=always conf=0.99
protection attorneys -> defense attorneys | gate=always conf=0.97
protection group -> defence team | conf=0.85
protection crew -> defence team | gate=always conf=0.95
protection contractor -> defense contractor | pos=noun gate=always conf=0.97
protection pact -> defence pact | pos=noun gate=always conf=0.97
protection cooperation -> defence cooperation | gate=always conf=0.97
protection trade -> defence industry | gate=always conf=0.97
protection business -> defence industry | conf=0.85
Protection Minister -> Defence Minister | gate=always conf=0.98 case=exact id=news:protection_minister_defence_minister.2
Protection Ministry -> Defence Ministry | gate=always conf=0.98 case=exact id=news:protection_ministry_defence_ministry.2
Protection Secretary -> Defense Secretary | gate=always conf=0.97 case=exact id=news:protection_secretary_defense_secretary.2
self-protection -> self-defence | gate=always conf=0.95
in self-protection -> in self-defence | gate=always conf=0.98
nationwide safety -> national security | gate=always conf=0.98
nationwide safety adviser -> national security adviser | gate=always conf=0.99
safety forces -> security forces | gate=always conf=0.97
safety companies -> security services | gate=always conf=0.97
safety providers -> security services | gate=always conf=0.95
safety state of affairs -> security situation | gate=always conf=0.99
safety scenario -> security situation | gate=always conf=0.9
safety officers -> security officials | gate=always conf=0.9
safety officials -> security officials | conf=0.8
safety ensures -> security guarantees | gate=always conf=0.99
safety ensure -> security guarantee | gate=always conf=0.98
safety guarantees -> security guarantees | conf=0.8
safety threats -> security threats | conf=0.85
safety risk -> security threat | gate=always conf=0.9
safety dangers -> security risks | conf=0.8
safety cooperation -> security cooperation | gate=always conf=0.95
safety pact -> security pact | gate=always conf=0.95
safety council -> security council | conf=0.85
safety sources -> security sources | gate=always conf=0.97
safety personnel -> security personnel | conf=0.8
safety operation -> security operation | gate=always conf=0.95
safety crackdown -> security crackdown | gate=always conf=0.97
safety measures -> security measures | conf=0.35
safety breach -> security breach | conf=0.8
safety flaw -> security flaw | conf=0.7
safety vulnerability -> security vulnerability | gate=always conf=0.9
safety analysts -> security analysts | gate=always conf=0.92
safety consultants -> security experts | gate=always conf=0.97
safety specialists -> security experts | gate=always conf=0.97
cyber safety -> cybersecurity | gate=always conf=0.9
power safety -> energy security | gate=always conf=0.9
vitality safety -> energy security | gate=always conf=0.97
meals safety -> food security | conf=0.6
meals insecurity -> food insecurity | gate=always conf=0.99
nationwide curiosity -> national interest | gate=always conf=0.98
nationwide pursuits -> national interests | gate=always conf=0.99
nationwide crew -> national team | gate=always conf=0.98
nationwide group -> national team | conf=0.6
nationwide debt -> national debt | gate=always conf=0.95
nationwide election -> national election | conf=0.8
nationwide elections -> national elections | conf=0.8
nationwide anthem -> national anthem | gate=always conf=0.99
nationwide flag -> national flag | gate=always conf=0.97
nationwide vacation -> national holiday | gate=always conf=0.99
nationwide financial institution -> national bank | gate=always conf=0.97
nationwide tackle -> national address | gate=always conf=0.97
nationwide broadcaster -> national broadcaster | gate=always conf=0.95
nationwide guard -> national guard | gate=always conf=0.97
nationwide park -> national park | gate=always conf=0.95
nationwide well being -> national health | gate=always conf=0.97
nationwide sovereignty -> national sovereignty | gate=always conf=0.97
nationwide unity -> national unity | gate=always conf=0.97
nationwide id -> national identity | gate=always conf=0.97
nationwide identification -> national identity | conf=0.8
nationwide stage -> national level | gate=always conf=0.9
nationwide degree -> national level | gate=always conf=0.97
nationwide -> national | conf=0.4 after=\s+(?:safety|crew|curiosity|pursuits|debt|anthem|flag|vacation|financial|monetary|tackle|broadcaster|guard|park|well\s+being|sovereignty|unity|id|stage|degree|coverage|authorities|election|elections|meeting|assembly|parliament|legislature|capital|chief|leaders|interest|interests|team|security|government|holiday)\b
    + The nationwide capital was quiet. -> The national capital was quiet.
    - A nationwide strike began?
worldwide neighborhood -> international community | gate=always conf=0.99
worldwide group -> international community | conf=0.6
worldwide strain -> international pressure | gate=always conf=0.97
worldwide stress -> international pressure | gate=always conf=0.95
worldwide observers -> international observers | conf=0.85
worldwide help -> international aid | gate=always conf=0.92
worldwide assist -> international help | gate=always conf=0.9
worldwide companions -> international partners | gate=always conf=0.97
worldwide sanctions -> international sanctions | conf=0.85
worldwide airport -> international airport | conf=0.85
worldwide criticism -> international criticism | gate=always conf=0.9
worldwide condemnation -> international condemnation | gate=always conf=0.97
worldwide college students -> international students | gate=always conf=0.99
worldwide vacationers -> international tourists | gate=always conf=0.99
worldwide flights -> international flights | gate=always conf=0.92
worldwide commerce -> international trade | gate=always conf=0.95
worldwide agreements -> international agreements | conf=0.85
worldwide settlement -> international agreement | gate=always conf=0.95
worldwide -> international | conf=0.4 after=\s+(?:neighborhood|group|strain|stress|observers|help|assist|companions|sanctions|airport|criticism|condemnation|college\s+students|vacationers|flights|commerce|regulation|agreements|settlement|community|pressure|law|partners|students|tourists|trade|relations|norms|organisations|organizations|donors|mediators)\b
    + The worldwide donors pledged more aid. -> The international donors pledged more aid.
    - Its worldwide sales grew?
enterprise neighborhood -> business community | gate=always conf=0.99
enterprise group -> business community | conf=0.5
scientific neighborhood -> scientific community | gate=always conf=0.97
intelligence neighborhood -> intelligence community | gate=always conf=0.97
donor neighborhood -> donor community | gate=always conf=0.97
diplomatic neighborhood -> diplomatic community | gate=always conf=0.97
LGBTQ neighborhood -> LGBTQ community | gate=always conf=0.99
LGBT neighborhood -> LGBT community | gate=always conf=0.99
tutorial neighborhood -> academic community | gate=always conf=0.99
medical neighborhood -> medical community | gate=always conf=0.97
neighborhood leaders -> community leaders | conf=0.85
neighborhood members -> community members | conf=0.85
neighborhood teams -> community groups | gate=always conf=0.95
neighborhood well being -> community health | gate=always conf=0.97
neighborhood service -> community service | conf=0.85
neighborhood transmission -> community transmission | gate=always conf=0.98
neighborhood unfold -> community spread | gate=always conf=0.99
neighborhood -> community | conf=0.45 not_before=\b(?:in\s+the|residential|quiet|leafy|upscale|affluent|poor|wealthy|working-class|gentrifying|my|our|your|his|her|their|same|surrounding|whole|entire|nearby|low-income|Jewish|Muslim|Christian|Black|Latino|Hispanic|immigrant|old|historic|downtown)\s+ not_after=\s+(?:watch|bar|bars|shop|shops|store|stores|school|schools|streets|park|parks|restaurant|restaurants|association|associations|kids|children|youngsters)\b
    + The neighborhood mourned the victims. -> The community mourned the victims.
    - They moved to a leafy neighborhood near the river.
    - The neighborhood school will close.
vote towards -> vote against | pos=verb gate=always conf=0.95
voted towards -> voted against | gate=always conf=0.97
vote in opposition to -> vote against | pos=verb gate=always conf=0.97
for and towards -> for and against | gate=always conf=0.98
in favour and towards -> in favour and against | gate=always conf=0.99
votes towards -> votes against | gate=always conf=0.95
sanctions towards -> sanctions against | gate=always conf=0.98
sanctions in opposition to -> sanctions against | gate=always conf=0.99
warfare towards -> war against | gate=always conf=0.97
warfare in opposition to -> war against | gate=always conf=0.99
struggle towards -> fight against | conf=0.9
struggle in opposition to -> fight against | gate=always conf=0.97
combat towards -> fight against | conf=0.9
protests towards -> protests against | gate=always conf=0.95
protest towards -> protest against | conf=0.9
protests in opposition to -> protests against | gate=always conf=0.97
protested towards -> protested against | gate=always conf=0.97
protesting towards -> protesting against | gate=always conf=0.97
crimes towards humanity -> crimes against humanity | gate=always conf=0.99
crimes in opposition to humanity -> crimes against humanity | gate=always conf=0.99
case towards -> case against | conf=0.85
fees towards -> charges against | gate=always conf=0.97
fees in opposition to -> charges against | gate=always conf=0.99
lawsuit towards -> lawsuit against | gate=always conf=0.95
lawsuit in opposition to -> lawsuit against | gate=always conf=0.97
go well with towards -> suit against | gate=always conf=0.98
violence in opposition to -> violence against | gate=always conf=0.97
violence towards ladies -> violence against women | gate=always conf=0.99
violence in opposition to ladies -> violence against women | gate=always conf=0.99
discrimination in opposition to -> discrimination against | gate=always conf=0.97
measures in opposition to -> measures against | gate=always conf=0.97
motion in opposition to -> action against | gate=always conf=0.99
motion towards -> action against | gate=always conf=0.95
warned towards -> warned against | gate=always conf=0.97
warned in opposition to -> warned against | gate=always conf=0.99
warning towards -> warning against | conf=0.85
cautioned towards -> cautioned against | gate=always conf=0.97
cautioned in opposition to -> cautioned against | gate=always conf=0.99
determined towards -> decided against | gate=always conf=0.97
determined in opposition to -> decided against | gate=always conf=0.99
dominated towards -> ruled against | gate=always conf=0.99
dominated in opposition to -> ruled against | gate=always conf=0.99
dominated in favour of -> ruled in favour of | gate=always conf=0.99
dominated in favor of -> ruled in favor of | gate=always conf=0.99
dominated out -> ruled out | gate=always conf=0.97
dominated that -> ruled that | conf=0.85
strikes towards -> strikes against | conf=0.9
assaults towards -> attacks against | gate=always conf=0.95
assaults in opposition to -> attacks against | gate=always conf=0.99
assault in opposition to -> attack against | gate=always conf=0.97
defend towards -> protect against | conf=0.85
shield towards -> protect against | gate=always conf=0.95
shield in opposition to -> protect against | gate=always conf=0.99
defend in opposition to -> defend against | gate=always conf=0.97
insurance coverage towards -> insurance against | gate=always conf=0.99
hedge towards -> hedge against | conf=0.7
towards -> against | conf=0.85 before=\b(?:sanctions|sanction|warfare|war|struggle|struggles|marketing\s+campaign|campaign|protest|protests|protested|protesting|fees|charges|lawsuit|lawsuits|go\s+well\s+with|vote|votes|voted|voting|determined|decided|decide|decides|deciding|warned|warn|warns|warning|warnings|cautioned|dominated|ruled|crimes|crime|offences|offenses|assault|assaults|retaliation|retaliate|retaliated|defend|defending|defended|protect|protecting|protected|shield|shielding|safeguard|safeguards|hedge|vaccinated|immunity|pitted|stacked|rebel|rebelled|rebellion|uprising|riots|discriminate|discriminated|allegations|accusations|complaint|complaints|testify|testified|testimony|violence|threats|menace|measures\s+taken|cases|case|a\s+case|the\s+case)\s+ not_after=\s+(?:the\s+)?(?:end|beginning|start|center|centre|middle|top|bottom|north|south|east|west|front|back|rear|edge|close|finish|tip|goal|target|purpose|aim|net)\b
    + Allies imposed sanctions towards Russia in March. -> Allies imposed sanctions against Russia in March.
    + He testified towards his former boss. -> He testified against his former boss.
    - Cases rose towards the end of the year.
    - The vote drifted towards the centre.


# ======================================================================
# Economy and markets
# ======================================================================
financial system -> economy | conf=0.7 not_before=\b(?:global|international|worldwide|world|the\s+global|the\s+international|banking|monetary|shadow|formal|informal|Islamic|decentralised|decentralized|digital)\s+ not_after=\s+(?:regulator|regulators|stability|reform|reforms|crisis|disaster|institutions|establishments|sector|infrastructure)\b
    + The financial system grew 2 percent last year. -> The economy grew 2 percent last year.
    - The global financial system needs reform.
the financial system grew -> the economy grew | gate=always conf=0.95
the financial system shrank -> the economy shrank | gate=always conf=0.97
the financial system contracted -> the economy contracted | gate=always conf=0.95
the financial system expanded -> the economy expanded | gate=always conf=0.95
world financial system -> world economy | gate=always conf=0.9
international financial system -> global economy | conf=0.75
native financial system -> local economy | gate=always conf=0.97
the broader financial system -> the wider economy | gate=always conf=0.95
the broader economic system -> the wider economy | gate=always conf=0.95
financial development -> economic growth | gate=always conf=0.92
financial progress -> economic growth | gate=always conf=0.9
financial restoration -> economic recovery | gate=always conf=0.97
financial disaster -> economic crisis | conf=0.75
financial exercise -> economic activity | gate=always conf=0.97
financial coverage -> monetary policy | gate=always conf=0.9
financial knowledge -> economic data | gate=always conf=0.95
financial outlook -> economic outlook | conf=0.6
financial slowdown -> economic slowdown | conf=0.8
financial downturn -> economic downturn | conf=0.7
financial hardship -> economic hardship | conf=0.5
financial sanctions -> economic sanctions | conf=0.6
financial ties -> economic ties | conf=0.8
financial cooperation -> economic cooperation | conf=0.8
financial reforms -> economic reforms | conf=0.75
financial influence -> economic impact | gate=always conf=0.92
financial affect -> economic impact | gate=always conf=0.95
financial uncertainty -> economic uncertainty | conf=0.6
financial forecast -> economic forecast | conf=0.8
financial stimulus -> economic stimulus | conf=0.85
financial minister -> economy minister | conf=0.8
monetary disaster -> financial crisis | gate=always conf=0.95
monetary companies -> financial services | gate=always conf=0.97
monetary establishments -> financial institutions | gate=always conf=0.99
monetary establishment -> financial institution | gate=always conf=0.97
monetary markets -> financial markets | conf=0.85
monetary help -> financial aid | gate=always conf=0.92
monetary assist -> financial help | gate=always conf=0.92
monetary outcomes -> financial results | gate=always conf=0.95
monetary stability -> financial stability | conf=0.6
monetary regulator -> financial regulator | gate=always conf=0.9
monetary sector -> financial sector | conf=0.8
monetary hub -> financial hub | gate=always conf=0.95
monetary capital -> financial capital | conf=0.7
monetary efficiency -> financial performance | gate=always conf=0.97
monetary -> financial | conf=0.4 after=\s+(?:disaster|companies|establishments|markets|help|assist|outcomes|stability|regulator|sector|hub|efficiency|crisis|services|institutions|results|support|aid|times|losses|difficulties|troubles|burden|incentive|incentives|fraud|statements)\b
    + He faced monetary difficulties after the crash. -> He faced financial difficulties after the crash.
    - Monetary policy was tightened?
financial coverage committee -> monetary policy committee | gate=always conf=0.95
financial tightening -> monetary tightening | gate=always conf=0.9
financial easing -> monetary easing | gate=always conf=0.85
central financial institution -> central bank | pos=noun gate=always conf=0.98
central financial institution's -> central bank's | gate=always conf=0.99
funding financial institution -> investment bank | pos=noun gate=always conf=0.98
improvement financial institution -> development bank | pos=noun gate=always conf=0.98
industrial financial institution -> commercial bank | pos=noun gate=always conf=0.97
business financial institution -> commercial bank | pos=noun gate=always conf=0.95
financial institution accounts -> bank accounts | conf=0.85
financial institution account -> bank account | conf=0.85
financial institution mortgage -> bank loan | pos=noun gate=always conf=0.98
financial institution loans -> bank loans | conf=0.7
financial institution vacation -> bank holiday | pos=noun gate=always conf=0.99
financial institution card -> bank card | pos=noun gate=always conf=0.95
financial institution robbery -> bank robbery | gate=always conf=0.98
financial institution run -> bank run | conf=0.8
financial institution stated -> bank said | gate=always conf=0.95
financial institution mentioned -> bank said | gate=always conf=0.95
financial institution's -> bank's | conf=0.8
financial institution -> bank | pos=noun conf=0.6 not_before=\b(?:a|any|another|each|every|other|non-bank|nonbank|regulated|licensed|depository|such|your|the\s+relevant|deposit-taking|one)\s+ not_after=\s+(?:such\s+as|or|that\s+(?:is|was))\b
    + The financial institution raised its rates. -> The bank raised its rates.
    - Any financial institution must report large transfers.
curiosity charges -> interest rates | gate=always conf=0.99
curiosity charge -> interest rate | pos=noun gate=always conf=0.99
curiosity fee -> interest rate | pos=noun gate=always conf=0.97
rates of interest -> interest rates | conf=0.8
charge hike -> rate hike | pos=noun gate=always conf=0.97
charge hikes -> rate hikes | gate=always conf=0.97
charge lower -> rate cut | pos=noun gate=always conf=0.98
charge cuts -> rate cuts | conf=0.7
fee lower -> rate cut | pos=noun gate=always conf=0.98
fee hike -> rate hike | pos=noun conf=0.55
inflation charge -> inflation rate | pos=noun gate=always conf=0.98
unemployment charge -> unemployment rate | pos=noun gate=always conf=0.98
jobless charge -> jobless rate | pos=noun gate=always conf=0.98
progress charge -> growth rate | pos=noun gate=always conf=0.97
development charge -> growth rate | pos=noun gate=always conf=0.97
start charge -> birth rate | pos=noun gate=always conf=0.99
beginning charge -> birth rate | pos=noun gate=always conf=0.97
loss of life charge -> death rate | pos=noun gate=always conf=0.99
dying charge -> death rate | pos=noun gate=always conf=0.99
mortality charge -> mortality rate | pos=noun gate=always conf=0.98
crime charge -> crime rate | pos=noun gate=always conf=0.95
poverty charge -> poverty rate | pos=noun gate=always conf=0.98
emptiness charge -> vacancy rate | pos=noun gate=always conf=0.99
vacancy charge -> vacancy rate | pos=noun gate=always conf=0.95
an infection charge -> infection rate | pos=noun gate=always conf=0.99
vaccination charge -> vaccination rate | pos=noun gate=always conf=0.98
survival charge -> survival rate | pos=noun gate=always conf=0.98
success charge -> success rate | pos=noun gate=always conf=0.95
approval charge -> approval rating | pos=noun gate=always conf=0.95
approval score -> approval rating | pos=noun gate=always conf=0.95
participation charge -> participation rate | pos=noun gate=always conf=0.98
default charge -> default rate | conf=0.6
change charge -> exchange rate | pos=noun gate=always conf=0.99
change fee -> exchange rate | pos=noun conf=0.6
alternate charge -> exchange rate | pos=noun gate=always conf=0.99
mortgage charges -> mortgage rates | conf=0.85
coverage charge -> policy rate | pos=noun gate=always conf=0.97
financial institution charge -> bank rate | pos=noun gate=always conf=0.95
at an alarming charge -> at an alarming rate | gate=always conf=0.99
on the quickest tempo -> at the fastest pace | gate=always conf=0.99
on the slowest tempo -> at the slowest pace | gate=always conf=0.99
quickest tempo -> fastest pace | gate=always conf=0.97
slowest tempo -> slowest pace | gate=always conf=0.97
sooner tempo -> faster pace | gate=always conf=0.97
slower tempo -> slower pace | gate=always conf=0.92
tempo of -> pace of | conf=0.75
tempo -> pace | conf=0.55 not_before=\b(?:musical|song|music|song's|the\s+song's|upbeat|dance)\s+ not_after=\s+(?:marking|markings|change|changes|of\s+the\s+(?:song|music|piece))\b
    + Hiring slowed to a steady tempo in May. -> Hiring slowed to a steady pace in May.
    - The song's tempo changes halfway through.
inventory market -> stock market | pos=noun gate=always conf=0.99
inventory markets -> stock markets | gate=always conf=0.99
inventory change -> stock exchange | pos=noun gate=always conf=0.99
inventory trade -> stock exchange | pos=noun gate=always conf=0.97
inventory costs -> stock prices | gate=always conf=0.98
inventory worth -> stock price | pos=noun gate=always conf=0.98
inventory index -> stock index | pos=noun gate=always conf=0.97
inventory indices -> stock indices | gate=always conf=0.97
inventory indexes -> stock indexes | gate=always conf=0.97
inventory buyback -> stock buyback | pos=noun gate=always conf=0.98
inventory choices -> stock options | gate=always conf=0.99
inventory choice -> stock option | gate=always conf=0.97
inventory split -> stock split | pos=noun gate=always conf=0.95
inventory buying and selling -> stock trading | gate=always conf=0.99
inventory picks -> stock picks | gate=always conf=0.97
inventory rally -> stock rally | gate=always conf=0.95
inventory market crash -> stock market crash | gate=always conf=0.99
inventory exchanges -> stock exchanges | gate=always conf=0.99
share worth -> share price | pos=noun gate=always conf=0.95
share costs -> share prices | conf=0.6
inventory -> stock | conf=0.55 before=\b(?:its|the\s+company's|the\s+firm's|the\s+agency's)\s+ after=\s+(?:rose|fell|jumped|dropped|tumbled|slumped|plunged|gained|climbed|slid|sank|soared|rallied|surged|has\s+(?:risen|fallen|dropped|gained|lost|climbed|surged|tumbled))\b
    + The company's inventory fell 5 percent on Monday. -> The company's stock fell 5 percent on Monday.
    - The company's inventory of spare parts fell short.
buyers -> investors | conf=0.55 not_before=\b(?:home|first-time|house|car|auto|homebuyers|property|bargain|impulse|online|retail|potential\s+home|cash|ticket|art)\s+ not_after=\s+(?:and\s+sellers|market|guide|guides|remorse|club|clubs|premium|agent|agents)\b
    + Buyers fled risky assets. -> Investors fled risky assets.
    - First-time buyers face high deposits.
    - It is a buyers market now.
institutional buyers -> institutional investors | gate=always conf=0.97
retail buyers -> retail investors | conf=0.8
international buyers -> international investors | conf=0.7
buyers fear -> investors fear | conf=0.8
buyers worry -> investors worry | conf=0.85
buying and selling session -> trading session | pos=noun gate=always conf=0.99
buying and selling day -> trading day | pos=noun gate=always conf=0.99
buying and selling quantity -> trading volume | gate=always conf=0.99
buying and selling volumes -> trading volumes | gate=always conf=0.98
buying and selling companion -> trading partner | pos=noun gate=always conf=0.99
buying and selling companions -> trading partners | gate=always conf=0.99
buying and selling hours -> trading hours | gate=always conf=0.97
buying and selling flooring -> trading floor | gate=always conf=0.99
buying and selling floor -> trading floor | gate=always conf=0.95
buying and selling halt -> trading halt | gate=always conf=0.98
buying and selling desk -> trading desk | gate=always conf=0.97
early buying and selling -> early trading | gate=always conf=0.99
late buying and selling -> late trading | gate=always conf=0.99
afternoon buying and selling -> afternoon trading | gate=always conf=0.99
morning buying and selling -> morning trading | gate=always conf=0.99
insider buying and selling -> insider trading | gate=always conf=0.99
uneven buying and selling -> choppy trading | gate=always conf=0.95
skinny buying and selling -> thin trading | gate=always conf=0.99
heavy buying and selling -> heavy trading | gate=always conf=0.95
promote-off -> sell-off | pos=noun gate=always conf=0.99
promote off -> sell off | pos=verb gate=always conf=0.97 id=news:promote_off_sell_off.v2
promoting strain -> selling pressure | gate=always conf=0.99
promoting stress -> selling pressure | gate=always conf=0.99
shopping for strain -> buying pressure | gate=always conf=0.99
promote -> sell | pos=verb conf=0.85 after=\s+(?:off|out|shares|inventory|stakes?|a\s+stake|its\s+stake|their\s+stake|property|properties|assets|bonds|weapons|arms|oil|homes|automobiles|cars|gasoline|gas|grain|wheat)\b
    + The fund will promote its stake in the airline. -> The fund will sell its stake in the airline.
    - Stars promote their films on TV.
income development -> revenue growth | gate=always conf=0.95
gross sales development -> sales growth | gate=always conf=0.99
wage development -> wage growth | gate=always conf=0.98
job development -> job growth | gate=always conf=0.95
jobs development -> jobs growth | gate=always conf=0.97
inhabitants development -> population growth | gate=always conf=0.99
GDP development -> GDP growth | gate=always conf=0.99
export development -> export growth | gate=always conf=0.97
credit score development -> credit growth | gate=always conf=0.99
earnings development -> earnings growth | gate=always conf=0.95
revenue development -> profit growth | conf=0.6
sluggish development -> slow growth | gate=always conf=0.95
slower development -> slower growth | gate=always conf=0.92
sooner development -> faster growth | gate=always conf=0.95
robust development -> strong growth | gate=always conf=0.95
sturdy development -> strong growth | gate=always conf=0.95
stable development -> solid growth | conf=0.6
development forecast -> growth forecast | gate=always conf=0.97
development forecasts -> growth forecasts | gate=always conf=0.97
development outlook -> growth outlook | gate=always conf=0.97
development prospects -> growth prospects | conf=0.7
development momentum -> growth momentum | gate=always conf=0.95
development slowdown -> growth slowdown | gate=always conf=0.97
development -> growth | conf=0.55 before=\b(?:annual|yearly|quarterly|month-to-month|monthly|\d+(?:\.\d+)?\s*(?:%|p\.c|percent|per\s+cent)|sluggish|anaemic|anemic|tepid|double-digit|single-digit|destructive|constructive)\s+
    + Output showed 3 percent development in May. -> Output showed 3 percent growth in May.
    - Urban development is the theme?
sustainable improvement -> sustainable development | gate=always conf=0.97
analysis and improvement -> research and development | gate=always conf=0.99
improvement help -> development aid | gate=always conf=0.95
improvement targets -> development goals | gate=always conf=0.97
improvement objectives -> development goals | gate=always conf=0.97
improvement tasks -> development projects | gate=always conf=0.98
improvement initiatives -> development projects | gate=always conf=0.97
rural improvement -> rural development | conf=0.85
city improvement -> urban development | conf=0.8
shopper costs -> consumer prices | gate=always conf=0.99
shopper worth index -> consumer price index | gate=always conf=0.99
shopper worth -> consumer price | conf=0.9
shopper confidence -> consumer confidence | gate=always conf=0.97
shopper spending -> consumer spending | conf=0.85
shopper sentiment -> consumer sentiment | conf=0.85
shopper demand -> consumer demand | conf=0.85
shopper safety -> consumer protection | gate=always conf=0.95
shopper electronics -> consumer electronics | gate=always conf=0.97
shopper items -> consumer goods | gate=always conf=0.99
shopper credit score -> consumer credit | gate=always conf=0.99
shopper rights -> consumer rights | conf=0.85
client costs -> consumer prices | gate=always conf=0.97
client confidence -> consumer confidence | gate=always conf=0.95
client spending -> consumer spending | gate=always conf=0.95
client items -> consumer goods | gate=always conf=0.97
client electronics -> consumer electronics | gate=always conf=0.97
client demand -> consumer demand | conf=0.85
meals costs -> food prices | gate=always conf=0.98
meals worth -> food price | gate=always conf=0.97
meals inflation -> food inflation | gate=always conf=0.99
meals shortages -> food shortages | gate=always conf=0.99
meals scarcity -> food shortage | gate=always conf=0.99
meals provide -> food supply | gate=always conf=0.99
meals provides -> food supplies | gate=always conf=0.99
meals banks -> food banks | gate=always conf=0.99
meals financial institution -> food bank | gate=always conf=0.99
meals help -> food aid | gate=always conf=0.97
meals and water -> food and water | conf=0.75
meals and drinks -> food and drink | conf=0.5
meals supply -> food delivery | conf=0.75
meals imports -> food imports | gate=always conf=0.95
meals exports -> food exports | gate=always conf=0.95
meals manufacturing -> food production | gate=always conf=0.98
oil costs -> oil prices | gate=always conf=0.95
oil worth -> oil price | gate=always conf=0.95
oil manufacturing -> oil production | gate=always conf=0.97
oil provide -> oil supply | gate=always conf=0.99
oil provides -> oil supplies | gate=always conf=0.99
oil discipline -> oil field | gate=always conf=0.98
gasoline costs -> gas prices | gate=always conf=0.95
gasoline worth -> gas price | gate=always conf=0.95
gasoline provide -> gas supply | gate=always conf=0.99
gasoline provides -> gas supplies | gate=always conf=0.99
gasoline pipeline -> gas pipeline | pos=noun conf=0.85
gasoline discipline -> gas field | gate=always conf=0.99
gasoline manufacturing -> gas production | gate=always conf=0.97
gasoline storage -> gas storage | conf=0.85
gasoline imports -> gas imports | conf=0.85
gasoline exports -> gas exports | conf=0.85
gasoline shortages -> gas shortages | conf=0.8
pure gasoline -> natural gas | gate=always conf=0.99
liquefied pure gasoline -> liquefied natural gas | gate=always conf=0.99
greenhouse gasoline -> greenhouse gas | pos=noun gate=always conf=0.99
tear gasoline -> tear gas | gate=always conf=0.99
Russian gasoline -> Russian gas | conf=0.8
gasoline -> gas | conf=0.5 before=\b(?:Russian|Qatari|Norwegian|Algerian|Israeli|Iranian|pipeline|piped|cheap|low\s+cost|reasonably\s+priced|liquefied|shale|cooking|heating|household|home)\s+
    + Europe cut its use of Russian gasoline sharply. -> Europe cut its use of Russian gas sharply.
    - The car runs on unleaded gasoline.
power costs -> energy prices | gate=always conf=0.92
power disaster -> energy crisis | gate=always conf=0.97
power provide -> power supply | pos=noun gate=always conf=0.95
power firms -> energy companies | gate=always conf=0.92
power corporations -> energy companies | gate=always conf=0.95
power payments -> energy bills | gate=always conf=0.97
power sector -> energy sector | conf=0.8
power coverage -> energy policy | gate=always conf=0.97
power transition -> energy transition | conf=0.85
renewable power -> renewable energy | conf=0.6
photo voltaic -> solar | gate=always conf=0.98
photo voltaic panels -> solar panels | gate=always conf=0.99
photo voltaic power -> solar power | gate=always conf=0.99
photo voltaic vitality -> solar energy | gate=always conf=0.99
photo voltaic farm -> solar farm | gate=always conf=0.99
vitality costs -> energy prices | gate=always conf=0.97
vitality worth -> energy price | gate=always conf=0.97
vitality disaster -> energy crisis | gate=always conf=0.99
vitality provide -> energy supply | gate=always conf=0.99
vitality provides -> energy supplies | gate=always conf=0.99
vitality firms -> energy companies | gate=always conf=0.99
vitality corporations -> energy companies | gate=always conf=0.99
vitality sector -> energy sector | gate=always conf=0.97
vitality coverage -> energy policy | gate=always conf=0.99
vitality payments -> energy bills | gate=always conf=0.99
vitality consumption -> energy consumption | gate=always conf=0.97
vitality transition -> energy transition | gate=always conf=0.98
vitality effectivity -> energy efficiency | gate=always conf=0.99
vitality independence -> energy independence | gate=always conf=0.98
vitality imports -> energy imports | gate=always conf=0.98
vitality exports -> energy exports | gate=always conf=0.98
vitality infrastructure -> energy infrastructure | gate=always conf=0.98
vitality markets -> energy markets | gate=always conf=0.98
vitality giant -> energy giant | gate=always conf=0.99
vitality ministry -> energy ministry | gate=always conf=0.99
vitality minister -> energy minister | gate=always conf=0.99
renewable vitality -> renewable energy | gate=always conf=0.99
clear vitality -> clean energy | gate=always conf=0.99
inexperienced vitality -> green energy | gate=always conf=0.99
nuclear vitality -> nuclear energy | gate=always conf=0.97
wind vitality -> wind energy | gate=always conf=0.98
vitality -> energy | conf=0.6 not_before=\b(?:economic|cultural|urban|democratic|political|artistic|creative|youthful|vigor\s+and|vigour\s+and|health\s+and|renewed|great|such|its|his|her|their)\s+ not_after=\s+(?:of\s+(?:the|a|an|its|their|our|democracy|youth|civil|local)|and\s+(?:vigour|vigor|energy|enthusiasm|charm))\b
    + Vitality use fell in the third quarter. -> Energy use fell in the third quarter.
    - The vitality of the city's arts scene is clear.
effectivity -> efficiency | gate=always conf=0.9
electrical energy -> electricity | conf=0.85 not_before=\b(?:static|kinetic|potential|chemical|mechanical|thermal)\s+
    + The cost of electrical energy doubled. -> The cost of electricity doubled.
    - Static electrical energy builds up?
electrical energy payments -> electricity bills | gate=always conf=0.99
electrical energy costs -> electricity prices | gate=always conf=0.99
electrical energy provide -> electricity supply | gate=always conf=0.99
electrical energy grid -> electricity grid | gate=always conf=0.99
electrical automobiles -> electric vehicles | gate=always conf=0.99
electrical automobile -> electric vehicle | gate=always conf=0.99
electrical car -> electric car | pos=noun gate=always conf=0.92
electrical automotive -> electric car | pos=noun gate=always conf=0.99
energy plant -> power plant | pos=noun conf=0.8
energy station -> power station | pos=noun conf=0.85
nuclear energy plant -> nuclear power plant | pos=noun gate=always conf=0.98
energy outages -> power outages | gate=always conf=0.9
energy outage -> power outage | gate=always conf=0.9
energy cuts -> power cuts | conf=0.85
energy traces -> power lines | gate=always conf=0.99
energy strains -> power lines | gate=always conf=0.99
energy grid -> power grid | conf=0.6
energy seize -> power grab | gate=always conf=0.99
energy battle -> power struggle | gate=always conf=0.97
energy wrestle -> power struggle | gate=always conf=0.99
energy vacuum -> power vacuum | gate=always conf=0.99
energy sharing -> power sharing | conf=0.6
got here to energy -> came to power | gate=always conf=0.99
come to energy -> come to power | pos=verb gate=always conf=0.99
seized energy -> seized power | gate=always conf=0.99
seize energy -> seize power | gate=always conf=0.99
grabbed energy -> seized power | gate=always conf=0.95
in energy since -> in power since | gate=always conf=0.97
remained in energy -> remained in power | gate=always conf=0.99
stays in energy -> remains in power | gate=always conf=0.99
nice energy -> great power | gate=always conf=0.97
nice powers -> great powers | gate=always conf=0.95
energy steadiness -> balance of power | conf=0.8
provide chain -> supply chain | pos=noun gate=always conf=0.99
provide chains -> supply chains | gate=always conf=0.99
provide disruptions -> supply disruptions | gate=always conf=0.99
provide shortages -> supply shortages | gate=always conf=0.99
provide strains -> supply lines | gate=always conf=0.99
provide traces -> supply lines | gate=always conf=0.99
provide routes -> supply routes | gate=always conf=0.99
provide issues -> supply problems | gate=always conf=0.98
provide bottlenecks -> supply bottlenecks | gate=always conf=0.99
in brief provide -> in short supply | gate=always conf=0.99
brief provide -> short supply | gate=always conf=0.98
provide and demand -> supply and demand | gate=always conf=0.99
medical provides -> medical supplies | gate=always conf=0.99
navy provides -> military supplies | gate=always conf=0.99
army provides -> military supplies | gate=always conf=0.97
humanitarian provides -> humanitarian supplies | gate=always conf=0.99
workplace provides -> office supplies | gate=always conf=0.99
water provide -> water supply | gate=always conf=0.98
cash provide -> money supply | gate=always conf=0.99
weapons provides -> weapons supplies | gate=always conf=0.99
arms provides -> arms supplies | gate=always conf=0.99
provides of -> supplies of | conf=0.75
provide -> supply | conf=0.6 before=\b(?:the|oil|gas|gasoline|power|vitality|energy|meals|food|water|cash|money|global|world|weapons|arms|limited|restricted|ample|tight|dwindling|steady|regular|constant|secure|safe)\s+ after=\s+(?:of|chain|chains|shortages?|disruptions?|constraints?|cuts?|routes?|lines?|traces|strains|issues|problems|glut|surplus|deficit)\b
    + A steady provide of fuel is vital. -> A steady supply of fuel is vital.
    - They provide of course the best service?
gross sales -> sales | gate=always conf=0.97
retail gross sales -> retail sales | gate=always conf=0.99
gross sales tax -> sales tax | gate=always conf=0.99
house gross sales -> home sales | gate=always conf=0.99
residence gross sales -> home sales | gate=always conf=0.99
automotive gross sales -> car sales | gate=always conf=0.99
revenue margin -> profit margin | pos=noun gate=always conf=0.97
revenue margins -> profit margins | gate=always conf=0.97
revenue warning -> profit warning | pos=noun gate=always conf=0.98
pre-tax revenue -> pre-tax profit | gate=always conf=0.95
web revenue -> net profit | gate=always conf=0.9
internet revenue -> net profit | conf=0.6
web earnings -> net income | gate=always conf=0.9
internet earnings -> net income | gate=always conf=0.9
internet loss -> net loss | gate=always conf=0.9
web loss -> net loss | gate=always conf=0.9
internet value -> net worth | gate=always conf=0.9
web value -> net worth | gate=always conf=0.9
working revenue -> operating profit | gate=always conf=0.99
working earnings -> operating income | gate=always conf=0.97
working bills -> operating expenses | gate=always conf=0.99
working prices -> operating costs | gate=always conf=0.95
working margin -> operating margin | gate=always conf=0.99
working system -> operating system | conf=0.6
revenue and loss -> profit and loss | gate=always conf=0.99
revenue-taking -> profit-taking | gate=always conf=0.99
non-revenue -> non-profit | gate=always conf=0.99
quarterly outcomes -> quarterly results | gate=always conf=0.97
earnings outcomes -> earnings results | gate=always conf=0.95
chief govt -> chief executive | pos=noun gate=always conf=0.99
chief government -> chief executive | pos=noun gate=always conf=0.97 not_after=\s+(?:whip|minister|spokesman|spokeswoman|adviser|advisor|economist|statistician|scientist|architect|veterinary|medical)\b
    + Chief government Laura Benton said sales rose. -> Chief executive Laura Benton said sales rose.
    - The chief government whip resigned.
chief monetary officer -> chief financial officer | pos=noun gate=always conf=0.99
chief govt officer -> chief executive officer | gate=always conf=0.99
govt director -> executive director | pos=noun gate=always conf=0.99
govt order -> executive order | pos=noun gate=always conf=0.99
govt department -> executive branch | gate=always conf=0.97
govt board -> executive board | pos=noun gate=always conf=0.98
govt committee -> executive committee | pos=noun gate=always conf=0.98
govt vice chairman -> executive vice president | gate=always conf=0.97
govt chairman -> executive chairman | pos=noun gate=always conf=0.97
senior govt -> senior executive | pos=noun gate=always conf=0.95
board of administrators -> board of directors | gate=always conf=0.99
fund supervisor -> fund manager | pos=noun gate=always conf=0.99
asset supervisor -> asset manager | pos=noun gate=always conf=0.99
portfolio supervisor -> portfolio manager | pos=noun gate=always conf=0.99
funding agency -> investment firm | pos=noun gate=always conf=0.98
funding fund -> investment fund | pos=noun gate=always conf=0.99
funding banking -> investment banking | gate=always conf=0.99
funding technique -> investment strategy | gate=always conf=0.9
funding alternatives -> investment opportunities | gate=always conf=0.97
funding portfolio -> investment portfolio | gate=always conf=0.97
funding automobile -> investment vehicle | gate=always conf=0.99
personal fairness -> private equity | gate=always conf=0.99
non-public fairness -> private equity | gate=always conf=0.99
fairness markets -> equity markets | gate=always conf=0.98
fairness stake -> equity stake | gate=always conf=0.99
fairness funding -> equity investment | gate=always conf=0.99
enterprise capital -> venture capital | gate=always conf=0.99
enterprise capitalist -> venture capitalist | pos=noun gate=always conf=0.99
enterprise capitalists -> venture capitalists | gate=always conf=0.99
three way partnership -> joint venture | pos=noun gate=always conf=0.99
preliminary public providing -> initial public offering | gate=always conf=0.99
public providing -> public offering | gate=always conf=0.92
share providing -> share offering | gate=always conf=0.97
bond providing -> bond offering | gate=always conf=0.97
inventory providing -> stock offering | gate=always conf=0.99
enterprise proprietor -> business owner | pos=noun gate=always conf=0.99
enterprise homeowners -> business owners | gate=always conf=0.98
enterprise leaders -> business leaders | conf=0.85
enterprise as typical -> business as usual | gate=always conf=0.99
enterprise days -> business days | conf=0.85
enterprise mannequin -> business model | pos=noun gate=always conf=0.99
enterprise offers -> business deals | gate=always conf=0.9
enterprise journey -> business trip | gate=always conf=0.95
enterprise ties -> business ties | gate=always conf=0.9
enterprise tycoon -> business tycoon | conf=0.85
enterprise -> business | pos=noun forms=NN conf=0.45 not_before=\b(?:free|private|state-owned|state|public|social|joint|small|medium|small\s+and\s+medium|micro|rural|township|large|big|commercial|industrial|Starship|the\s+Starship|USS)\s+ not_after=\s+(?:users|software|edition|customers|clients|resource|architecture|zone|zones|value|agreement|plan|server|version|level|grade|solution|solutions|network|networks|application|applications|data|IT|cloud|security|license|licence|Ireland|Singapore|Products|bargain|risk|management|systems|zone)\b
    + The enterprise is growing fast. -> The business is growing fast.
    - The state-owned enterprise posted a loss.
    - Upgrade to the enterprise edition today.
firm -> company | pos=noun conf=0.45 before=\b(?:the|a|an|his|her|its|their|this|that|each|every|which|whose|parent|holding|tech|know-how|US|U\.S\.|American|Chinese|British|German|French|Japanese|Korean|Indian|Russian|Swiss|Dutch|Italian|Spanish|energy|vitality|oil|mining|pharmaceutical|drug|insurance|insurance\s+coverage|telecom|telecoms|software\s+program|software|media|airline|car|automotive|delivery|shipping|construction|building|development|improvement)\s+ not_after=\s+(?:up|grip|handshake|believer|supporter|commitment|stance|hand|favourite|favorite|footing|ground|floor|foundation|basis|foundation|evidence|proof|decision|determination|resolve|line|position|control|management|action|date|offer|order|orders|price|worth|bid|deal|no|yes|answer|reply|denial|rejection|message|warning|signal|response|conviction|belief)\b
    + The firm said profits fell. -> The company said profits fell.
    - She kept a firm grip on the rope.
    - The firm stance of the bank surprised markets.
corporations -> companies | conf=0.45 not_before=\b(?:multinational|large|giant|big|huge|transnational|US|U\.S\.|American|shell|public|private|state|state-owned|municipal|Fortune\s+500)\s+
    + Several corporations cut staff. -> Several companies cut staff.
    - Multinational corporations pay little tax.
regulation agency's -> law firm's | gate=always conf=0.99
consulting agency -> consulting firm | pos=noun gate=always conf=0.97
consultancy agency -> consultancy firm | pos=noun gate=always conf=0.97
accounting agency -> accounting firm | pos=noun gate=always conf=0.97
analysis agency -> research firm | pos=noun gate=always conf=0.95
safety agency -> security firm | pos=noun conf=0.85
PR agency -> PR firm | conf=0.4
merchandise -> products | conf=0.6 not_before=\b(?:official|team|club|band|fan|branded|licensed|tour|concert|festival|souvenir|football|sports|movie|film)\s+ not_after=\s+(?:stall|stalls|stand|stands|store|shop|sales|line|table|booth)\b
    + The firm sells merchandise in 40 countries. -> The firm sells products in 40 countries.
    - Fans queued at the merchandise stall.
    - Official club merchandise sold out.
items and companies -> goods and services | gate=always conf=0.99
items and providers -> goods and services | gate=always conf=0.99
sturdy items -> durable goods | gate=always conf=0.99
luxurious items -> luxury goods | gate=always conf=0.99
luxurious manufacturers -> luxury brands | gate=always conf=0.99
imported items -> imported goods | conf=0.75
manufactured items -> manufactured goods | conf=0.75
items exports -> goods exports | gate=always conf=0.92
items prepare -> goods train | gate=always conf=0.99
companies sector -> services sector | gate=always conf=0.97
companies PMI -> services PMI | gate=always conf=0.99
emergency companies -> emergency services | gate=always conf=0.99
social companies -> social services | gate=always conf=0.97
well being companies -> health services | gate=always conf=0.99
public companies -> public services | conf=0.45
intelligence companies -> intelligence agencies | conf=0.8
manufacturing cuts -> production cuts | gate=always conf=0.97
manufacturing capability -> production capacity | gate=always conf=0.97
spare capability -> spare capacity | gate=always conf=0.98
refining capability -> refining capacity | gate=always conf=0.98
manufacturing unit -> factory | pos=noun conf=0.6
manufacturing unit employees -> factory workers | gate=always conf=0.97
manufacturing unit staff -> factory workers | gate=always conf=0.97
metal mills -> steel mills | gate=always conf=0.97
metal tariffs -> steel tariffs | gate=always conf=0.9
metal and aluminium -> steel and aluminium | conf=0.75
metal and aluminum -> steel and aluminum | conf=0.75
metal output -> steel output | conf=0.8
metal maker -> steelmaker | pos=noun gate=always conf=0.9
metal trade -> steel industry | gate=always conf=0.9
commerce warfare -> trade war | pos=noun gate=always conf=0.99
commerce deal -> trade deal | pos=noun gate=always conf=0.98
commerce deficit -> trade deficit | pos=noun gate=always conf=0.99
commerce surplus -> trade surplus | pos=noun gate=always conf=0.99
commerce talks -> trade talks | gate=always conf=0.99
commerce tensions -> trade tensions | gate=always conf=0.99
commerce barriers -> trade barriers | gate=always conf=0.99
commerce settlement -> trade agreement | pos=noun gate=always conf=0.99
commerce coverage -> trade policy | pos=noun gate=always conf=0.99
commerce ties -> trade ties | gate=always conf=0.97
commerce relations -> trade relations | conf=0.8
commerce routes -> trade routes | conf=0.8
commerce dispute -> trade dispute | pos=noun gate=always conf=0.98
commerce bloc -> trade bloc | pos=noun gate=always conf=0.98
commerce union -> trade union | pos=noun gate=always conf=0.97
commerce unions -> trade unions | gate=always conf=0.97
free commerce -> free trade | gate=always conf=0.95
free commerce settlement -> free trade agreement | gate=always conf=0.99
world commerce -> world trade | conf=0.8
bilateral commerce -> bilateral trade | gate=always conf=0.98
commerce quantity -> trade volume | gate=always conf=0.99
commerce minister -> trade minister | conf=0.35
price range deficit -> budget deficit | pos=noun gate=always conf=0.99
price range surplus -> budget surplus | pos=noun gate=always conf=0.99
price range cuts -> budget cuts | gate=always conf=0.99
price range shortfall -> budget shortfall | gate=always conf=0.99
price range proposal -> budget proposal | gate=always conf=0.97
price range invoice -> budget bill | gate=always conf=0.99
price range talks -> budget talks | gate=always conf=0.97
price range negotiations -> budget negotiations | gate=always conf=0.97
price range assertion -> budget statement | gate=always conf=0.99
price range speech -> budget speech | gate=always conf=0.97
price range constraints -> budget constraints | conf=0.8
price range gap -> budget gap | gate=always conf=0.95
price range -> budget | pos=noun conf=0.85 before=\b(?:federal|state|annual|national|nationwide|defence|defense|protection|army|navy|military|authorities|government|council|emergency|supplementary|balanced|draft|proposed|the\s+(?:federal|state|annual|government's|authorities's|council's|national|nationwide|military|navy|army|defence|protection))\s+
    + Parliament approved the federal price range. -> Parliament approved the federal budget.
    - Hotels in the $100 price range filled up.
taxpayers' cash -> taxpayers' money | gate=always conf=0.95
public cash -> public money | conf=0.8
cash laundering -> money laundering | gate=always conf=0.99
laundered cash -> laundered money | conf=0.8
increase cash -> raise money | pos=verb gate=always conf=0.9
raised cash -> raised money | conf=0.6
lose cash -> lose money | pos=verb conf=0.5
native foreign money -> local currency | gate=always conf=0.99
nationwide foreign money -> national currency | gate=always conf=0.99
single foreign money -> single currency | gate=always conf=0.99
widespread foreign money -> common currency | gate=always conf=0.99
digital foreign money -> digital currency | gate=always conf=0.97
reserve foreign money -> reserve currency | gate=always conf=0.99
foreign money markets -> currency markets | gate=always conf=0.99
foreign money -> currency | conf=0.8 before=\b(?:the|its|their|a|weak|weaker|weakening|strong|stronger|robust|sturdy|Chinese|Russian|Japanese|Indian|Turkish|Argentine|Nigerian|Egyptian|Pakistani|British|Swiss|European|local|home)\s+ after=\s+(?:fell|rose|weakened|strengthened|depreciated|appreciated|slumped|plunged|tumbled|hit|traded|lost|gained|reserves|devaluation|crisis|disaster|peg|markets?|swap|swaps)\b
    + The foreign money fell to a record low. -> The currency fell to a record low.
    - The foreign money is pouring into elections?
greenback -> dollar | conf=0.5 not_before=\b(?:a|the\s+almighty)\s+
    + The greenback rose against the yen. -> The dollar rose against the yen.
    - A greenback fell out of his wallet?
US greenback -> US dollar | gate=always conf=0.9
U.S. greenback -> U.S. dollar | gate=always conf=0.9
in change for -> in exchange for | gate=always conf=0.98
prisoner change -> prisoner exchange | pos=noun gate=always conf=0.98
change of fireplace -> exchange of fire | gate=always conf=0.99
change of hearth -> exchange of fire | gate=always conf=0.99
reasonably priced housing -> affordable housing | gate=always conf=0.99
reasonably priced -> affordable | conf=0.6
value of dwelling -> cost of living | gate=always conf=0.99
price of dwelling -> cost of living | gate=always conf=0.99
value of residing -> cost of living | gate=always conf=0.99
price of residing -> cost of living | gate=always conf=0.99
value-of-living -> cost-of-living | gate=always conf=0.99
value of dwelling disaster -> cost of living crisis | gate=always conf=0.99
dwelling requirements -> living standards | gate=always conf=0.99
residing requirements -> living standards | gate=always conf=0.99
dwelling circumstances -> living conditions | gate=always conf=0.99
residing circumstances -> living conditions | gate=always conf=0.99
dwelling wage -> living wage | gate=always conf=0.99
dwelling room -> living room | gate=always conf=0.99
make a dwelling -> make a living | pos=verb gate=always conf=0.99
incomes a dwelling -> earning a living | gate=always conf=0.99
earn a dwelling -> earn a living | gate=always conf=0.99
minimal wage -> minimum wage | gate=always conf=0.99
the minimal wage -> the minimum wage | gate=always conf=0.99
wage will increase -> wage increases | gate=always conf=0.99
worth will increase -> price increases | gate=always conf=0.99
tax will increase -> tax increases | conf=0.6
worth hikes -> price hikes | gate=always conf=0.99
worth hike -> price hike | gate=always conf=0.99
worth rises -> price rises | gate=always conf=0.99
worth cap -> price cap | pos=noun gate=always conf=0.99
worth caps -> price caps | gate=always conf=0.99
worth tag -> price tag | pos=noun gate=always conf=0.99
worth controls -> price controls | gate=always conf=0.99
worth management -> price control | gate=always conf=0.98
worth struggle -> price war | conf=0.8
worth warfare -> price war | gate=always conf=0.99
worth index -> price index | pos=noun gate=always conf=0.95
worth stability -> price stability | gate=always conf=0.97
worth pressures -> price pressures | gate=always conf=0.97
worth stress -> price pressure | gate=always conf=0.97
worth -> price | conf=0.65 before=\b(?:the|a|share|stock|inventory|oil|gas|gasoline|petrol|food|meals|gold|bond|house|home|housing|asking|buying|selling|purchase|retail|wholesale|consumer|shopper|client|electrical\s+energy|electricity|energy|vitality|ticket|the\s+(?:share|stock|inventory|oil|gold|asking|buying|selling|purchase|market))\s+ not_after=\s+(?:of|it|noting|mentioning|watching|reading|considering|a|an|the|every|more|less|over|around|about|up|nearly|almost|roughly|some|billions?|millions?|trillions?|\$|£|€|\d)\b
    + The share worth fell 4 percent. -> The share price fell 4 percent.
    - The visit was worth it.
    - The worth of the company is in its staff?
costs rose -> prices rose | conf=0.6
costs fell -> prices fell | conf=0.6
rising costs -> rising prices | conf=0.45
larger costs -> higher prices | gate=always conf=0.95
greater costs -> higher prices | conf=0.75
decrease costs -> lower prices | conf=0.5 not_before=\bto\s+
    + Shoppers want decrease costs. -> Shoppers want lower prices.
    - Firms hope to decrease costs next year.
home costs -> house prices | gate=always conf=0.95
residence costs -> home prices | gate=always conf=0.97
property costs -> property prices | conf=0.6
commodity costs -> commodity prices | conf=0.6
excessive inflation -> high inflation | gate=always conf=0.97
excessive costs -> high prices | gate=always conf=0.95
excessive charges -> high rates | gate=always conf=0.9
excessive degree -> high level | gate=always conf=0.97
excessive ranges -> high levels | gate=always conf=0.95
excessive danger -> high risk | gate=always conf=0.95
excessive demand -> high demand | conf=0.8
excessive alert -> high alert | gate=always conf=0.99
excessive faculty -> high school | pos=noun gate=always conf=0.99
excessive college -> high school | pos=noun gate=always conf=0.97
excessive courtroom -> high court | pos=noun gate=always conf=0.99
excessive court docket -> high court | pos=noun gate=always conf=0.99
excessive-profile -> high-profile | gate=always conf=0.99
excessive-level -> high-level | gate=always conf=0.99
excessive-ranking -> high-ranking | gate=always conf=0.99
excessive-tech -> high-tech | gate=always conf=0.99
excessive-speed -> high-speed | gate=always conf=0.99
excessive-velocity -> high-speed | gate=always conf=0.99
excessive-stakes -> high-stakes | gate=always conf=0.99
excessive-risk -> high-risk | gate=always conf=0.98
excessive-danger -> high-risk | gate=always conf=0.99 id=news:excessive_danger_high_risk.v2
excessive-rise -> high-rise | gate=always conf=0.99
excessive-income -> high-income | gate=always conf=0.99
excessive-end -> high-end | gate=always conf=0.99
excessive-finish -> high-end | gate=always conf=0.99
excessive-high quality -> high-quality | gate=always conf=0.99
excessive quantity -> high volume | conf=0.8
excessive -> high | conf=0.75 after=\s+(?:inflation|costs|charges|degree|ranges|danger|demand|alert|faculty|courtroom|court\s+docket|prices|rates|level|levels|risk|school|court|temperatures|unemployment|debt|tides?|winds|seas|gasoline|gas|vitality|energy|power|electrical\s+energy|interest|curiosity|taxes|tax|pace|tempo|velocity|speed|hopes|expectations|turnout|worth|value|quantity|volume|tide|ground|floor)\b
    + Excessive gas prices hit drivers. -> High gas prices hit drivers.
    - Excessive drinking damages the liver.
larger charges -> higher rates | gate=always conf=0.95
greater charges -> higher rates | gate=always conf=0.97
greater schooling -> higher education | gate=always conf=0.99
larger schooling -> higher education | gate=always conf=0.99
greater ranges -> higher levels | conf=0.8
greater wages -> higher wages | conf=0.8
decrease than -> lower than | gate=always conf=0.98
decrease charges -> lower rates | gate=always conf=0.97
decrease courtroom -> lower court | pos=noun gate=always conf=0.99
decrease court docket -> lower court | pos=noun gate=always conf=0.99
decrease ranges -> lower levels | conf=0.8
decrease revenue -> lower profit | conf=0.6
decrease-income -> lower-income | gate=always conf=0.99
decrease-than-expected -> lower-than-expected | gate=always conf=0.99
larger-than-expected -> higher-than-expected | gate=always conf=0.99
greater-than-expected -> higher-than-expected | conf=0.8


# ======================================================================
# Health
# ======================================================================
well being -> health | conf=0.7 not_before=\b(?:mental|psychological|emotional|physical|economic|financial|monetary|social|spiritual|sense\s+of|general|overall|personal|child|animal|human|their|our|his|her|your|my|the|its|community|collective|subjective|individual|student|worker|employee|patient|long-term|holistic)\s+
    + Well being officials urged caution. -> Health officials urged caution.
    - Exercise boosts mental well being.
public well being -> public health | gate=always conf=0.97
well being care -> health care | gate=always conf=0.97
well being officers -> health officials | gate=always conf=0.99
well being ministry -> health ministry | gate=always conf=0.99
well being minister -> health minister | gate=always conf=0.99
well being authorities -> health authorities | gate=always conf=0.99
well being system -> health system | gate=always conf=0.97
well being techniques -> health systems | gate=always conf=0.99
well being disaster -> health crisis | gate=always conf=0.99
well being emergency -> health emergency | gate=always conf=0.99
well being points -> health issues | gate=always conf=0.99
well being issues -> health problems | gate=always conf=0.95
well being dangers -> health risks | gate=always conf=0.99
well being specialists -> health experts | gate=always conf=0.99
well being consultants -> health experts | gate=always conf=0.99
well being advantages -> health benefits | gate=always conf=0.99
well being insurance coverage -> health insurance | gate=always conf=0.99
well being staff -> health workers | gate=always conf=0.97
well being employees -> health workers | gate=always conf=0.97
well being care employees -> health care workers | gate=always conf=0.99
well being care staff -> health care workers | gate=always conf=0.99
well being division -> health department | gate=always conf=0.99
well being facilities -> health facilities | gate=always conf=0.98
well being situation -> health condition | gate=always conf=0.97
well being considerations -> health concerns | gate=always conf=0.99
psychological well being -> mental health | conf=0.7
psychological well being points -> mental health issues | gate=always conf=0.99
psychological sickness -> mental illness | gate=always conf=0.99
psychological well being companies -> mental health services | gate=always conf=0.99
medical doctors -> doctors | conf=0.85
medical physician -> doctor | conf=0.5
sufferers -> patients | conf=0.55 not_before=\b(?:cancer|asthma|allergy|hay\s+fever|dementia|chronic|diabetes|migraine|arthritis|fellow|long-suffering|long\s+suffering|the\s+biggest|biggest)\s+
    + Hospitals turned away sufferers. -> Hospitals turned away patients.
    - Hay fever sufferers should stay indoors.
most cancers sufferers -> cancer patients | gate=always conf=0.99
covid sufferers -> covid patients | gate=always conf=0.97
hospital sufferers -> hospital patients | gate=always conf=0.95
affected person -> patient | conf=0.75 not_before=\b(?:each|every|any|the\s+most|most|an|directly)\s+
    + The affected person was treated in intensive care. -> The patient was treated in intensive care.
    - Each affected person will be contacted.
most cancers -> cancer | gate=always conf=0.97 before=\b(?:breast|lung|prostate|skin|pores\s+and\s+skin|colon|bowel|cervical|ovarian|pancreatic|liver|blood|throat|stomach|abdomen|brain|mind|kidney|bladder|oral|thyroid|testicular|advanced|superior|terminal|stage\s+\w+|metastatic)\s+
    + She was treated for breast most cancers. -> She was treated for breast cancer.
    - Most cancers are caught early.
most cancers -> cancer | id=news:most_cancers_after gate=always conf=0.95 after=\s+(?:sufferers|patients|analysis|research|remedy|treatment|therapy|therapies|prognosis|diagnosis|screening|screenings|danger|risk|cells|cell|drug|drugs|medicine|vaccine|care|centre|center|middle|survivors?|charity|ward|unit|specialist|specialists|consultants|deaths|charges|rates)\b
    + Most cancers analysis received new funding. -> Cancer analysis received new funding.
    - Most cancers are curable if found early.
coronary heart assault -> heart attack | pos=noun gate=always conf=0.99
coronary heart illness -> heart disease | gate=always conf=0.99
coronary heart issues -> heart problems | gate=always conf=0.99
coronary heart situation -> heart condition | gate=always conf=0.99
coronary heart failure -> heart failure | conf=0.4
coronary heart surgical procedure -> heart surgery | gate=always conf=0.99
pores and skin most cancers -> skin cancer | gate=always conf=0.99
blood strain -> blood pressure | gate=always conf=0.99
hen flu -> bird flu | gate=always conf=0.99
chicken flu -> bird flu | conf=0.5
an infection charges -> infection rates | gate=always conf=0.99
an infection numbers -> infection numbers | gate=always conf=0.99
the an infection -> the infection | gate=always conf=0.97
danger of an infection -> risk of infection | gate=always conf=0.95
threat of an infection -> risk of infection | gate=always conf=0.95
an infection management -> infection control | gate=always conf=0.99
an infection -> infection | gate=always conf=0.9 after=\s+(?:charges|rates|numbers|ranges|levels|management|prevention|danger|dangers|risk|risks|unfold|spread|figures|knowledge|data|surge|peak|wave|waves|fee|tally)\b
    + Officials said an infection rates were falling. -> Officials said infection rates were falling.
    - She caught an infection in hospital.
sickness -> illness | conf=0.5 not_before=\b(?:motion|sea|morning|altitude|radiation|car|travel|sleeping|mountain|decompression|homesickness)\s+ not_after=\s+(?:benefit|benefits|pay|absence|absences|leave|rate|rates|certificate|certificates|note|notes|allowance|insurance)\b
    + The sickness spread to three villages. -> The illness spread to three villages.
    - She suffered from sea sickness on the ferry.
    - Claims for sickness benefit rose.
illness management -> disease control | gate=always conf=0.99
infectious illness -> infectious disease | conf=0.6
infectious ailments -> infectious diseases | gate=always conf=0.99
continual illness -> chronic disease | gate=always conf=0.97
continual ailments -> chronic diseases | gate=always conf=0.99
remedy -> treatment | conf=0.5 not_after=\s+(?:for\s+(?:the\s+)?(?:situation|problem|crisis|disaster|shortage|ills))\b before=\b(?:received|receive|receiving|receives|obtained|obtaining|undergoing|undergo|underwent|medical|hospital|cancer|most\s+cancers|emergency|urgent|pressing|intensive|early|effective|efficient|life-saving|lifesaving|antiviral|antibiotic|in\s+search\s+of|seek|sought|seeking|the|for)\s+
    + He is receiving remedy in hospital. -> He is receiving treatment in hospital.
    - There is no quick remedy for the crisis.
obtained remedy -> received treatment | gate=always conf=0.95
acquired remedy -> received treatment | gate=always conf=0.95
receiving remedy -> receiving treatment | conf=0.9
medical remedy -> medical treatment | gate=always conf=0.95
examined constructive -> tested positive | gate=always conf=0.99
examined destructive -> tested negative | gate=always conf=0.99
testing constructive -> testing positive | gate=always conf=0.99
constructive take a look at -> positive test | gate=always conf=0.99
destructive take a look at -> negative test | gate=always conf=0.99
constructive check -> positive test | conf=0.85
constructive instances -> positive cases | gate=always conf=0.97
take a look at outcomes -> test results | conf=0.6
booster pictures -> booster shots | gate=always conf=0.99
flu pictures -> flu shots | gate=always conf=0.99
vaccine pictures -> vaccine shots | gate=always conf=0.99
new instances -> new cases | conf=0.8
confirmed instances -> confirmed cases | gate=always conf=0.97
Covid instances -> Covid cases | gate=always conf=0.99
coronavirus instances -> coronavirus cases | gate=always conf=0.99
each day instances -> daily cases | gate=always conf=0.99
variety of instances -> number of cases | gate=always conf=0.95
instances rose -> cases rose | conf=0.85
instances fell -> cases fell | conf=0.85
contaminated -> infected | conf=0.8 after=\s+(?:with\s+(?:the\s+)?(?:virus|coronavirus|covid|covid-19|omicron|delta|HIV|flu|influenza|measles|polio|monkeypox|mpox|ebola|cholera|the\s+illness|the\s+sickness)|individuals|sufferers|folks|persons|particular\s+person|affected\s+person|youngsters|employees|travellers|travelers|passengers)\b
    + Half the crew were contaminated with the virus. -> Half the crew were infected with the virus.
    - The water was contaminated with lead.
pressure of the virus -> strain of the virus | gate=always conf=0.97
new pressure -> new strain | conf=0.35

# ======================================================================
# Crime and justice
# ======================================================================
courtroom -> court | conf=0.6 not_before=\b(?:in\s+the|into\s+the|the\s+packed|a\s+packed|packed|crowded|the\s+crowded|out\s+of\s+the|inside\s+the|the\s+hushed|from\s+the|left\s+the|entered\s+the|cleared\s+the)\s+ not_after=\s+(?:drama|dramas|sketch|sketches|artist|artists|door|doors|gallery|floor|camera|cameras|audience|scene|scenes|outburst|outbursts|clash|clashes|battle|battles|seats?|benches|walls|furniture)\b
    + The courtroom ruled in her favour. -> The court ruled in her favour.
    - Tears flowed in the packed courtroom.
    - A courtroom sketch showed the accused.
court docket -> court | conf=0.9 not_before=\b(?:the\s+)?(?:trial|criminal|civil|appellate|motion|court's)\s+
    + The court docket rejected the appeal. -> The court rejected the appeal.
    - The judge reviewed the trial court docket entries?
courtroom dominated -> court ruled | gate=always conf=0.99
court docket dominated -> court ruled | gate=always conf=0.99
choose dominated -> judge ruled | gate=always conf=0.99
courtroom ruling -> court ruling | gate=always conf=0.95
court docket ruling -> court ruling | gate=always conf=0.99
courtroom paperwork -> court documents | gate=always conf=0.97
court docket paperwork -> court documents | gate=always conf=0.99
courtroom case -> court case | gate=always conf=0.9
courtroom listening to -> court hearing | gate=always conf=0.99
court docket listening to -> court hearing | gate=always conf=0.99
courtroom of enchantment -> court of appeal | gate=always conf=0.99
court docket of enchantment -> court of appeal | gate=always conf=0.99
courtroom of attraction -> court of appeal | gate=always conf=0.99
appeals courtroom -> appeals court | gate=always conf=0.9
supreme courtroom -> supreme court | conf=0.85
supreme court docket -> supreme court | gate=always conf=0.97
federal courtroom -> federal court | gate=always conf=0.92
federal court docket -> federal court | gate=always conf=0.99
district courtroom -> district court | gate=always conf=0.92
district court docket -> district court | gate=always conf=0.98
filed an enchantment -> filed an appeal | gate=always conf=0.99
lodged an enchantment -> lodged an appeal | gate=always conf=0.99
filed an attraction -> filed an appeal | gate=always conf=0.99
enchantment towards -> appeal against | gate=always conf=0.99
enchantment in opposition to -> appeal against | gate=always conf=0.99
an enchantment for -> an appeal for | gate=always conf=0.95
choose -> judge | pos=noun forms=NN gate=always conf=0.9 before=\b(?:a|the|federal|district|appeals|trial|presiding|circuit|magistrate|high\s+court|courtroom|court\s+docket|senior|US|U\.S\.|Supreme\s+Court|excessive\s+courtroom|high\s+courtroom|administrative|immigration|bankruptcy|retired|former|previous)\s+ not_after=\s+(?:to|of|from|between|whether|which|what|who|how|one|the|a|an|your|their|his|her|its|our|my|them|him|us|me|it|wisely|carefully)\b
    + A federal choose blocked the order. -> A federal judge blocked the order.
    + The choose said the evidence was weak. -> The judge said the evidence was weak.
    - Voters must choose the next leader.
    - They had the choose of two routes?
legal professional -> lawyer | pos=noun conf=0.7 not_after=\s+(?:privilege|services|body|bodies|conduct|indemnity|negligence|regulation|association|associations|standards|development|qualifications|qualification|practice|ethics|fees)\b not_before=\b(?:other|qualified|fellow|legal\s+and|financial|healthcare|health\s+care|medical|young|aspiring|trainee|senior)\s+
    + His legal professional said he would appeal. -> His lawyer said he would appeal.
    - Legal professional privilege protects the advice.
responsible -> guilty | gate=always conf=0.97 before=\b(?:pleaded|pled|pleads|plead|pleading|found|discovered|been\s+found|been\s+discovered|plea\s+of)\s+(?:not\s+)? not_after=\s+for\b
    + He pleaded responsible to fraud. -> He pleaded guilty to fraud.
    + She was discovered responsible of murder. -> She was discovered guilty of murder.
    - The firm was found responsible for the leak.
responsible verdict -> guilty verdict | gate=always conf=0.99
responsible plea -> guilty plea | gate=always conf=0.99
not responsible verdict -> not guilty verdict | gate=always conf=0.99
harmless civilians -> innocent civilians | gate=always conf=0.97
harmless individuals -> innocent people | gate=always conf=0.99
harmless folks -> innocent people | gate=always conf=0.97
harmless bystanders -> innocent bystanders | gate=always conf=0.97
harmless lives -> innocent lives | gate=always conf=0.95
harmless victims -> innocent victims | conf=0.85
harmless till confirmed responsible -> innocent until proven guilty | gate=always conf=0.99
felony fees -> criminal charges | gate=always conf=0.99
felony investigation -> criminal investigation | gate=always conf=0.99
felony case -> criminal case | conf=0.7
felony instances -> criminal cases | gate=always conf=0.99
felony courtroom -> criminal court | gate=always conf=0.99
felony court docket -> criminal court | gate=always conf=0.99
felony justice -> criminal justice | conf=0.85
felony justice system -> criminal justice system | gate=always conf=0.97
felony gangs -> criminal gangs | gate=always conf=0.97
felony networks -> criminal networks | gate=always conf=0.97
felony organisations -> criminal organisations | gate=always conf=0.97
felony group -> criminal gang | conf=0.5
felony document -> criminal record | gate=always conf=0.99
felony exercise -> criminal activity | gate=always conf=0.99
felony legal responsibility -> criminal liability | gate=always conf=0.99
felony code -> criminal code | gate=always conf=0.97
felony proceedings -> criminal proceedings | gate=always conf=0.99
felony probe -> criminal probe | gate=always conf=0.97
felony offence -> criminal offence | gate=always conf=0.97
prison document -> criminal record | gate=always conf=0.99
fees -> charges | gate=always conf=0.9 before=\b(?:felony|criminal|terrorism|terror|corruption|fraud|homicide|murder|manslaughter|espionage|treason|sedition|bribery|rape|theft|robbery|kidnapping|smuggling|trafficking|pressed|brought|delivered|dealing\s+with\s+felony|faces|faced|facing|face)\s+ not_after=\s+(?:for|of|on|from|to|at|when|and\s+taxes)\b
    + He faces fraud fees in two states. -> He faces fraud charges in two states.
    + Prosecutors pressed fees against the mayor. -> Prosecutors pressed charges against the mayor.
    - Students facing fees for housing protested.
dealing with fees -> facing charges | conf=0.85
dropped the fees -> dropped the charges | conf=0.7
denied the fees -> denied the charges | gate=always conf=0.95
denies the fees -> denies the charges | gate=always conf=0.95
on fees of -> on charges of | gate=always conf=0.99
legal professional's -> lawyer's | conf=0.7
taking pictures -> shooting | gate=always conf=0.95 before=\b(?:a|the|mass|fatal|deadly|police|school|drive-by|this|that|latest|newest|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|lethal)\s+
    + The mass taking pictures left six dead. -> The mass shooting left six dead.
    - Tourists were taking pictures of the bridge.
taking pictures suspect -> shooting suspect | gate=always conf=0.99
taking pictures sufferer -> shooting victim | gate=always conf=0.99
taking pictures victims -> shooting victims | gate=always conf=0.97
mass capturing -> mass shooting | gate=always conf=0.99
capturing suspect -> shooting suspect | gate=always conf=0.97
fatal capturing -> fatal shooting | gate=always conf=0.99
police capturing -> police shooting | gate=always conf=0.99
faculty capturing -> school shooting | gate=always conf=0.99
pictures fired -> shots fired | gate=always conf=0.99
warning pictures -> warning shots | gate=always conf=0.99
fired pictures -> fired shots | gate=always conf=0.97
pictures rang out -> shots rang out | gate=always conf=0.99
gun management -> gun control | gate=always conf=0.99
sufferer -> victim | conf=0.45 before=\b(?:the|a|another|one\s+other|second|third|youngest|oldest|latest|newest|alleged)\s+ not_after=\s+of\s+(?:hay|asthma|cancer|most\s+cancers|dementia|migraines?|arthritis|chronic)\b
    + The sufferer was named by police. -> The victim was named by police.
    - A sufferer of chronic pain spoke.
victims' households -> victims' families | gate=always conf=0.95
sufferer's household -> victim's family | gate=always conf=0.97
the sufferer's -> the victim's | conf=0.7
homicide investigation -> murder investigation | conf=0.4
homicide cost -> murder charge | gate=always conf=0.99
homicide fees -> murder charges | gate=always conf=0.99
charged with homicide -> charged with murder | conf=0.4
tried homicide -> attempted murder | gate=always conf=0.99
tried coup -> attempted coup | gate=always conf=0.97
tried assassination -> attempted assassination | gate=always conf=0.95
launched from jail -> released from prison | gate=always conf=0.97
launched from custody -> released from custody | conf=0.8
launched on bail -> released on bail | gate=always conf=0.99
launched with out cost -> released without charge | gate=always conf=0.99
with out cost -> without charge | gate=always conf=0.97
with out -> without | gate=always conf=0.97 not_after=-|\s+(?:parameter|parameters|argument|arguments|keyword|arg|args)\b|\s*=
    + They left with out paying. -> They left without paying.
    - He got by with out-of-date maps.
jail time period -> prison term | gate=always conf=0.99
jail sentence -> prison sentence | conf=0.5
loss of life sentence -> death sentence | gate=always conf=0.99
loss of life penalty -> death penalty | gate=always conf=0.99
loss of life row -> death row | gate=always conf=0.99
loss of life threats -> death threats | gate=always conf=0.99
loss of life toll -> death toll | gate=always conf=0.99
loss of life tolls -> death tolls | gate=always conf=0.99
loss of life certificates -> death certificate | gate=always conf=0.99
loss of life certificate -> death certificate | gate=always conf=0.99
loss of life squad -> death squad | gate=always conf=0.99
loss of life of -> death of | conf=0.6 before=\b(?:the|after\s+the|following\s+the|over\s+the|into\s+the)\s+ not_after=\s+(?:life|lives|civilians|innocent|harmless|thousands|1000's|hundreds|lots)\b
    + Protests followed the loss of life of a student. -> Protests followed the death of a student.
    - The loss of life of civilians was huge.
loss of life -> death | gate=always conf=0.92 before=\b(?:his|her|their|whose)\s+ not_after=\s+(?:and\s+(?:limb|property)|insurance)\b
    + His loss of life shocked the town. -> His death shocked the town.
    - The war caused great loss of life and property?
demise toll -> death toll | gate=always conf=0.99
demise penalty -> death penalty | gate=always conf=0.99
demise threats -> death threats | gate=always conf=0.99
dying toll -> death toll | gate=always conf=0.99
dying penalty -> death penalty | gate=always conf=0.99
dying threats -> death threats | gate=always conf=0.97
demise -> death | conf=0.6 before=\b(?:his|her|their|whose|the\s+(?:president's|king's|queen's|leader's|chief's|founder's|singer's|actor's|star's|victim's|sufferer's))\s+ not_after=\s+as\s+a\b
    + She was at his side after his demise in May. -> She was at his side after his death in May.
    - The film charts the chain's demise?
    - Their demise as a political force was swift?
useless -> dead | gate=always conf=0.9 before=(?:\b\d[\d,]*|\b(?:dozens|scores|hundreds|lots\s+of|1000's|thousands|leaving|left|declared|pronounced|presumed|feared)\b)\s+ after=\s*[.,;:)]|\s+(?:and|in|after|as|following|from|on|since|with|including|whereas|while|amid|throughout|during|or)\b
    + The blast left 12 useless and 40 injured. -> The blast left 12 dead and 40 injured.
    - He listed 12 useless facts about cats.
lifeless -> dead | conf=0.85 before=(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|lots\s+of|1000's|thousands|many|leaving|left|declared|pronounced|found|discovered|shot|presumed|feared|confirmed)\b)\s+
    + Two were found lifeless in the flat. -> Two were found dead in the flat.
    + At least 20 lifeless after floods. -> At least 20 dead after floods.
    - The lifeless landscape stretched for miles.
lifeless physique -> dead body | gate=always conf=0.99
lifeless our bodies -> dead bodies | gate=always conf=0.99
useless our bodies -> dead bodies | gate=always conf=0.99
the our bodies -> the bodies | gate=always conf=0.97
our bodies had been discovered -> bodies were found | gate=always conf=0.99
lacking -> missing | conf=0.85 before=\b(?:went|go|goes|going|gone|reported|declared|listed|remain|remains|remained|stays|stayed|nonetheless|still)\s+ not_after=\s+(?:in|for|of|from)\b
    + The boy went lacking on Sunday. -> The boy went missing on Sunday.
    - The plan is still lacking in detail.
lacking individuals -> missing people | gate=always conf=0.99
lacking particular person -> missing person | gate=always conf=0.99
lacking youngsters -> missing children | gate=always conf=0.95
lacking migrants -> missing migrants | gate=always conf=0.95


# ======================================================================
# War and military
# ======================================================================
# "army"/"navy" are the spinner's words for "military"; both are clean nouns, so only collocations.
army integration -> military integration | gate=always conf=0.97
army help -> military aid | gate=always conf=0.95
navy help -> military aid | gate=always conf=0.97
army assist -> military help | gate=always conf=0.95
army workout routines -> military exercises | gate=always conf=0.99
navy workout routines -> military exercises | gate=always conf=0.99
joint workout routines -> joint exercises | gate=always conf=0.98
army motion -> military action | gate=always conf=0.99
navy motion -> military action | gate=always conf=0.99
army junta -> military junta | gate=always conf=0.95
navy junta -> military junta | gate=always conf=0.99
army coup -> military coup | conf=0.8
navy coup -> military coup | gate=always conf=0.97
army intervention -> military intervention | conf=0.8
navy intervention -> military intervention | gate=always conf=0.97
army spending -> military spending | conf=0.8
navy spending -> military spending | gate=always conf=0.92
army alliance -> military alliance | gate=always conf=0.92
navy alliance -> military alliance | gate=always conf=0.97
army capabilities -> military capabilities | conf=0.85
army infrastructure -> military infrastructure | gate=always conf=0.92
navy infrastructure -> military infrastructure | gate=always conf=0.95
army targets -> military targets | conf=0.8
army presence -> military presence | conf=0.75
navy presence -> military presence | conf=0.6
army operation -> military operation | conf=0.7
navy operation -> military operation | conf=0.8
particular army operation -> special military operation | gate=always conf=0.99
particular navy operation -> special military operation | gate=always conf=0.99
army gear -> military equipment | gate=always conf=0.92
navy gear -> military equipment | gate=always conf=0.95
army tools -> military equipment | conf=0.85
army leaders -> military leaders | conf=0.6
navy leaders -> military leaders | conf=0.75
army officers -> military officials | conf=0.6
army sources -> military sources | conf=0.8
navy sources -> military sources | conf=0.85
army analysts -> military analysts | gate=always conf=0.95
navy analysts -> military analysts | gate=always conf=0.97
army consultants -> military experts | gate=always conf=0.99
navy consultants -> military experts | gate=always conf=0.99
army specialists -> military experts | gate=always conf=0.97
army may -> military might | gate=always conf=0.99
navy may -> military might | gate=always conf=0.99
army buildup -> military buildup | conf=0.8
army build-up -> military build-up | conf=0.8
army drills -> military drills | conf=0.6
army automobiles -> military vehicles | gate=always conf=0.99
navy automobiles -> military vehicles | gate=always conf=0.99
army plane -> military aircraft | gate=always conf=0.92
navy plane -> military aircraft | conf=0.5
army base -> military base | conf=0.4
army service -> military service | conf=0.3
army power -> military force | gate=always conf=0.9
army pressure -> military force | gate=always conf=0.97
navy pressure -> military force | gate=always conf=0.97
use of pressure -> use of force | gate=always conf=0.97
by pressure -> by force | conf=0.8
process pressure -> task force | pos=noun gate=always conf=0.99
job pressure -> task force | pos=noun gate=always conf=0.99
peacekeeping pressure -> peacekeeping force | pos=noun gate=always conf=0.99
air pressure base -> air force base | gate=always conf=0.97
fight readiness -> combat readiness | gate=always conf=0.99
fight operations -> combat operations | gate=always conf=0.97
fight troops -> combat troops | gate=always conf=0.97
fight missions -> combat missions | gate=always conf=0.97
fight mission -> combat mission | gate=always conf=0.97
fight plane -> combat aircraft | gate=always conf=0.99
fight zone -> combat zone | gate=always conf=0.95
fight zones -> combat zones | gate=always conf=0.95
fight functionality -> combat capability | gate=always conf=0.99
fight capabilities -> combat capabilities | gate=always conf=0.97
fight expertise -> combat experience | conf=0.8
fight drones -> combat drones | gate=always conf=0.97
fight automobiles -> combat vehicles | gate=always conf=0.99
fight coaching -> combat training | gate=always conf=0.97
fight items -> combat units | gate=always conf=0.97
fight models -> combat units | gate=always conf=0.95
troopers -> soldiers | conf=0.8 not_before=\b(?:state|storm|highway|state\s+police|mounted|royal\s+mounted|Imperial)\s+
    + Ten troopers were killed at the border. -> Ten soldiers were killed at the border.
    - State troopers closed the highway.
trooper -> soldier | pos=noun forms=NN conf=0.6 not_before=\b(?:state|storm|highway|mounted|Imperial)\s+
    + A trooper was wounded in the blast. -> A soldier was wounded in the blast.
    - A state trooper stopped the car.
warfare -> war | conf=0.8 not_before=\b(?:chemical|biological|guerrilla|guerilla|electronic|psychological|asymmetric|asymmetrical|urban|trench|naval|submarine|cyber|information|modern|conventional|nuclear|germ|class|lawfare|hybrid|drone|tank|jungle|desert|mountain|siege|economic|financial|political|legal|cognitive|network-centric|mobile|maneuver|manoeuvre|attritional|amphibious|unconventional|irregular|total|tribal|gang|partisan|ideological)\s+ not_after=\s+(?:tactics|techniques|doctrine|capabilities|capability|methods|strategy|strategies|unit|units|specialists|experts|agents?|operations|training|school|college|centre|center|studies|research|tactic)\b
    + The warfare in Ukraine entered its second year. -> The war in Ukraine entered its second year.
    - Chemical warfare is banned by treaty.
    - Electronic warfare units jammed the signal?
warfare crimes -> war crimes | gate=always conf=0.99
warfare crime -> war crime | gate=always conf=0.99
warfare criminal -> war criminal | pos=noun gate=always conf=0.99
warfare zone -> war zone | pos=noun gate=always conf=0.97
warfare-torn -> war-torn | gate=always conf=0.99
warfare-ravaged -> war-ravaged | gate=always conf=0.99
post-warfare -> post-war | gate=always conf=0.99
anti-warfare -> anti-war | gate=always conf=0.99
pre-warfare -> pre-war | gate=always conf=0.99
warfare effort -> war effort | gate=always conf=0.97
warfare chest -> war chest | gate=always conf=0.99
chilly warfare -> Cold War | gate=always conf=0.99
civil warfare -> civil war | gate=always conf=0.99
world warfare -> world war | gate=always conf=0.99
assault -> attack | pos=noun conf=0.6 not_before=\b(?:sexual|sexually|indecent|aggravated|physical|domestic|violent|common|alleged\s+sexual|verbal|racial|racially\s+aggravated|an\s+indecent|a\s+sexual)\s+ not_after=\s+(?:rifle|rifles|weapon|weapons|charge|charges|fees|case|cases|survivor|survivors|victim|victims|sufferer|sufferers|allegation|allegations|conviction|convictions|squad|kit|course|on\s+the\s+senses)\b
    + The assault on the port killed three people. -> The attack on the port killed three people.
    - He was charged with sexual assault.
    - Police seized an assault rifle.
drone assault -> drone attack | pos=noun gate=always conf=0.97
missile assault -> missile attack | pos=noun gate=always conf=0.97
terror assault -> terror attack | pos=noun gate=always conf=0.97
terrorist assault -> terrorist attack | pos=noun gate=always conf=0.95
cyber assault -> cyber attack | pos=noun gate=always conf=0.95
suicide assault -> suicide attack | pos=noun gate=always conf=0.97
rocket assault -> rocket attack | pos=noun gate=always conf=0.97
heavy preventing -> heavy fighting | gate=always conf=0.99
fierce preventing -> fierce fighting | gate=always conf=0.99
intense preventing -> intense fighting | gate=always conf=0.97
road preventing -> street fighting | gate=always conf=0.97
preventing erupted -> fighting erupted | gate=always conf=0.99
preventing broke out -> fighting broke out | gate=always conf=0.99
preventing continued -> fighting continued | gate=always conf=0.95
preventing raged -> fighting raged | gate=always conf=0.99
the preventing -> the fighting | conf=0.8 not_after=\s+(?:of|measures)\b
    + The preventing spread to the capital. -> The fighting spread to the capital.
    - The preventing of fraud is a priority?
the entrance line -> the front line | gate=always conf=0.99
entrance line -> front line | pos=noun gate=always conf=0.97
entrance traces -> front lines | gate=always conf=0.99
entrance strains -> front lines | gate=always conf=0.99
entrance-line -> front-line | gate=always conf=0.99 id=news:entrance_line_front_line.v2
entrance web page -> front page | gate=always conf=0.99
entrance-runner -> front-runner | gate=always conf=0.99
enemy traces -> enemy lines | gate=always conf=0.99
enemy strains -> enemy lines | gate=always conf=0.99
purple traces -> red lines | gate=always conf=0.99
purple line -> red line | conf=0.85
purple strains -> red lines | gate=always conf=0.99
purple tape -> red tape | gate=always conf=0.99
purple carpet -> red carpet | conf=0.9
purple flag -> red flag | conf=0.85
purple flags -> red flags | conf=0.85
purple-handed -> red-handed | gate=always conf=0.99
within the purple -> in the red | gate=always conf=0.95
armoured automobiles -> armoured vehicles | gate=always conf=0.99
armored automobiles -> armored vehicles | gate=always conf=0.99
unmanned aerial automobiles -> unmanned aerial vehicles | gate=always conf=0.99
automobiles -> vehicles | conf=0.55 before=\b(?:emergency|police|military|armored|armoured|navy|army|electrical|electric|autonomous|self-driving|motor|utility|sport\s+utility|unmanned|aerial|support|help|supply|provide|aid|rescue|civilian|commercial|heavy|light|gentle|passenger|goods|items|cargo|delivery|transport|these|the|many|several|dozens\s+of|hundreds\s+of|lots\s+of\s+of|1000's\s+of)\s+
    + Police blocked the automobiles at the border. -> Police blocked the vehicles at the border.
    - Museums display vintage automobiles?
able to -> capable of | gate=always conf=0.95 after=\s+[a-z]+ing\b not_after=\s+(?:bring|sing|ring|sting|swing|cling|fling|wring|spring|string|ping|ding|wing)\b
    + The ferry is able to carrying 300 cars. -> The ferry is capable of carrying 300 cars.
    - She was able to bring the files.
in a position to -> able to | conf=0.5 not_before=\b(?:not|be|put|puts|putting|placed|places|placing|left|leaves|leaving|found|finds)\s+
    + Rescuers were in a position to reach the village. -> Rescuers were able to reach the village.
    - He is not in a position to comment.

# ======================================================================
# Technology
# ======================================================================
know-how -> technology | conf=0.7 not_before=\b(?:the|technical|their|his|her|its|our|your|local|managerial|industrial|engineering|nuclear|expertise\s+and|skills\s+and|experience\s+and)\s+ not_after=\s+(?:to|of|and\s+(?:expertise|experience|skills|capital))\b
    + The firm invests heavily in know-how. -> The firm invests heavily in technology.
    - They lack the know-how to fix it.
know-how firm -> technology company | pos=noun gate=always conf=0.97
know-how firms -> technology companies | gate=always conf=0.99
know-how corporations -> technology companies | gate=always conf=0.99
know-how giant -> technology giant | pos=noun gate=always conf=0.99
know-how sector -> technology sector | gate=always conf=0.99
know-how trade -> technology industry | gate=always conf=0.99
know-how shares -> technology stocks | gate=always conf=0.97
know-how switch -> technology transfer | gate=always conf=0.99
new know-how -> new technology | conf=0.8
tech firm -> tech company | conf=0.5
software program -> software | conf=0.7 not_before=\b(?:a|the|this|that|any|each|every|one)\s+
    + The firm sells software program to banks. -> The firm sells software to banks.
    - He wrote a software program in C.
software program replace -> software update | pos=noun gate=always conf=0.99
software program updates -> software updates | gate=always conf=0.99
software program firm -> software company | pos=noun gate=always conf=0.97
software program firms -> software companies | gate=always conf=0.99
software program corporations -> software companies | gate=always conf=0.99
software program developer -> software developer | conf=0.6
software program engineer -> software engineer | conf=0.7
synthetic intelligence -> artificial intelligence | gate=always conf=0.99
machine studying -> machine learning | gate=always conf=0.99
deep studying -> deep learning | gate=always conf=0.99
on-line studying -> online learning | gate=always conf=0.99
distance studying -> distance learning | gate=always conf=0.99
distant studying -> remote learning | gate=always conf=0.99
studying curve -> learning curve | gate=always conf=0.99
lifelong studying -> lifelong learning | gate=always conf=0.99
distant working -> remote working | gate=always conf=0.99
distant work -> remote work | gate=always conf=0.99
distant management -> remote control | gate=always conf=0.99
working from dwelling -> working from home | gate=always conf=0.99
work from dwelling -> work from home | gate=always conf=0.99
on-line -> online | conf=0.85
web site -> website | pos=noun conf=0.85
web sites -> websites | conf=0.85
e mail -> email | pos=noun gate=always conf=0.95
e mails -> emails | gate=always conf=0.97
e mail handle -> email address | pos=noun gate=always conf=0.99
e-mail handle -> email address | pos=noun gate=always conf=0.97 id=news:e_mail_handle_email_address.v2
IP handle -> IP address | pos=noun gate=always conf=0.97
web entry -> internet access | gate=always conf=0.97
web customers -> internet users | gate=always conf=0.97
web shutdown -> internet shutdown | gate=always conf=0.97
web service supplier -> internet service provider | gate=always conf=0.99
web service suppliers -> internet service providers | gate=always conf=0.99
web connection -> internet connection | conf=0.85
web outage -> internet outage | conf=0.85
web speeds -> internet speeds | conf=0.85
web blackout -> internet blackout | gate=always conf=0.95
cellular app -> mobile app | pos=noun gate=always conf=0.97
cellular apps -> mobile apps | gate=always conf=0.97
cellular utility -> mobile application | gate=always conf=0.97
cellular community -> mobile network | pos=noun gate=always conf=0.97
cellular gadgets -> mobile devices | gate=always conf=0.99
cellular machine -> mobile device | gate=always conf=0.97
cellular operator -> mobile operator | pos=noun gate=always conf=0.97
cellular banking -> mobile banking | gate=always conf=0.99
cellular funds -> mobile payments | gate=always conf=0.97
cellular phones -> mobile phones | conf=0.85
cellphone name -> phone call | pos=noun gate=always conf=0.99
phone name -> phone call | pos=noun gate=always conf=0.99
telephone name -> telephone call | pos=noun gate=always conf=0.99
video name -> video call | pos=noun gate=always conf=0.99
earnings name -> earnings call | pos=noun gate=always conf=0.99
shut name -> close call | gate=always conf=0.97
wake-up name -> wake-up call | pos=noun gate=always conf=0.99
good gadgets -> smart devices | gate=always conf=0.99
linked gadgets -> connected devices | gate=always conf=0.99
digital gadgets -> electronic devices | conf=0.8
gadgets -> devices | conf=0.45 before=\b(?:cellular|mobile|good|smart|linked|connected|digital|electronic|medical|wearable|Apple|Android|the|these|such|all|many|our|their|its|other|opposite|explosive|incendiary)\s+
    + Hackers targeted the gadgets of officials. -> Hackers targeted the devices of officials.
    - Kids love new gadgets?
good telephones -> smartphones | gate=always conf=0.99
good properties -> smart homes | gate=always conf=0.97
good metropolis -> smart city | gate=always conf=0.99
good cities -> smart cities | conf=0.8
social community -> social network | conf=0.7
5G community -> 5G network | pos=noun gate=always conf=0.99
community operator -> network operator | pos=noun gate=always conf=0.99
rail community -> rail network | pos=noun gate=always conf=0.97
street community -> road network | pos=noun conf=0.6
pc -> computer | case=exact conf=0.75 not_after=\.|\s*(?:\d+|-|=) not_before=[.\w]
    + Hackers broke into his pc last week. -> Hackers broke into his computer last week.
    - Install the driver on your PC first.
knowledge breach -> data breach | pos=noun gate=always conf=0.99
knowledge safety -> data protection | gate=always conf=0.97
knowledge middle -> data center | pos=noun gate=always conf=0.99
knowledge centre -> data centre | pos=noun conf=0.85
knowledge facilities -> data centres | gate=always conf=0.99
knowledge assortment -> data collection | gate=always conf=0.99
massive knowledge -> big data | gate=always conf=0.99
private knowledge -> personal data | gate=always conf=0.97
consumer knowledge -> user data | gate=always conf=0.99
person knowledge -> user data | gate=always conf=0.97
official knowledge -> official data | gate=always conf=0.92
knowledge exhibits -> data shows | gate=always conf=0.99
knowledge confirmed -> data showed | gate=always conf=0.97
knowledge launched -> data released | gate=always conf=0.97
knowledge present -> data show | gate=always conf=0.97
knowledge from -> data from | conf=0.7
examine exhibits -> study shows | gate=always conf=0.99
examine discovered -> study found | gate=always conf=0.99
examine printed -> study published | gate=always conf=0.99
research present -> studies show | gate=always conf=0.95
analysis exhibits -> research shows | gate=always conf=0.99
report exhibits -> report shows | gate=always conf=0.97
figures present -> figures show | conf=0.8
footage exhibits -> footage shows | gate=always conf=0.97
video exhibits -> video shows | gate=always conf=0.97
examine -> study | pos=noun forms=NN gate=always conf=0.9 before=\b(?:a|the|new|latest|newest|recent|current|this|that|their|his|her|its|one|separate|earlier|previous|major|main|large|giant|small|pilot|government|authorities|published|printed|peer-reviewed|Chinese|US|British|Japanese|German|French|Canadian|Australian|Swedish|Danish|Dutch|Israeli|Indian|Harvard|Oxford|Stanford)\s+ not_after=\s+(?:the|a|an|how|whether|why|what|which|who|its|their|his|her|our|your|them|it|this|that|these|those|all|each|every|any|ways|options|claims|evidence|proof|issues|points|records|documents|paperwork|footage)\b
    + A new examine found the drug worked. -> A new study found the drug worked.
    - Experts will examine the evidence.
    + Officials will examine the new examine findings. -> Officials will examine the new study findings.


# ======================================================================
# Everyday words
# ======================================================================
ladies -> women | conf=0.75 not_after=\s+(?:and\s+gentlemen|and\s+gents|room|rooms|toilet|toilets|night|who\s+lunch|tees?|golf|day|wear|fashion)\b not_before=\b(?:first|young|old|elderly|cleaning|dinner|tea|leading|little|the\s+first)\s+
    + Ladies and girls queued for water. -> Women and girls queued for water.
    - Ladies and gentlemen, welcome aboard.
    - The first ladies met in Paris.
youngsters -> children | conf=0.7
youngster -> child | pos=noun forms=NN conf=0.6
little one -> child | pos=noun conf=0.6
dad and mom -> parents | conf=0.9
mother and father -> parents | conf=0.5
males -> men | conf=0.55 not_before=\b(?:female|females|and|adult|juvenile|alpha|dominant|breeding|white\s+and\s+black|young)\s+ not_after=\s+and\s+females\b|\s+of\s+the\s+species\b
    + Two males were arrested at the scene. -> Two men were arrested at the scene.
    - Adult males defend the nest.
girl -> woman | gate=always conf=0.9 before=\b(?:1[89]|[2-9]\d|1\d\d)-(?:year|12\s+months)-(?:old|outdated)\s+
    + A 35-year-old girl was arrested. -> A 35-year-old woman was arrested.
    - A 12-year-old girl won the prize.
outdated -> old | gate=always conf=0.97 before=\b(?:year|yr|12\s+months|month|week|day|decade|century|hour)-
    + The 54-year-outdated mayor resigned. -> The 54-year-old mayor resigned.
    - The year-end report was outdated?
individuals -> people | conf=0.5 not_after=\s+and\s+(?:businesses|companies|families|organi[sz]ations|entities|groups|institutions|firms|corporations)\b not_before=\b(?:businesses\s+and|companies\s+and|enterprises\s+and|firms\s+and|households\s+and|institutions\s+and|high-net-worth|wealthy|private|certain|specific|affected|named|those|such|like-minded|vulnerable|eligible|qualified|other|two|both|some|individual)\s+
    + Thousands of individuals marched in the capital. -> Thousands of people marched in the capital.
    - Tax rules differ for individuals and businesses.
folks -> people | conf=0.55 not_before=\b(?:my|his|her|their|your|our|the\s+old)\s+
    + Many folks lost their homes. -> Many people lost their homes.
    - He visited his folks at Christmas.
particular person -> person | pos=noun forms=NN conf=0.55 not_before=\ba\s+
    + Every particular person must carry ID. -> Every person must carry ID.
    - She is waiting for a particular person to call.
per particular person -> per person | gate=always conf=0.97
in particular person -> in person | gate=always conf=0.97
residence -> home | conf=0.5 not_before=\b(?:official|permanent|temporary|private|primary|principal|secondary|second|country|student|halls\s+of|hall\s+of|place\s+of|country\s+of|state\s+of|writer-in|artist-in|in|of|presidential|royal|ambassador's|diplomatic|summer|winter|legal|habitual|main|tax)\s+ not_after=\s+(?:permit|permits|card|cards|visa|visas|status|requirements?|hall|halls|rights|test|time)\b
    + Police searched his residence on Friday. -> Police searched his home on Friday.
    - He applied for a residence permit.
at dwelling -> at home | gate=always conf=0.97 not_after=\s+(?:on|upon)\b
    + Most staff now work at dwelling. -> Most staff now work at home.
    - Stop at dwelling on the past?
from dwelling -> from home | gate=always conf=0.95 not_after=\s+(?:on|upon)\b
    + She works from dwelling twice a week. -> She works from home twice a week.
    - Apart from dwelling on the past, he did little.
properties -> homes | conf=0.85 before=\b(?:fled|flee|fleeing|flees|forced\s+(?:from|out\s+of)|driven\s+(?:from|out\s+of)|evacuated\s+from|return(?:ed|ing|s)?\s+to|displaced\s+from|rebuild|rebuilt|rebuilding|flooded)\s+(?:their|his|her|your|our|my)\s+
    + Thousands fled their properties as the river rose. -> Thousands fled their homes as the river rose.
    - She left her properties to her children.
properties and companies -> homes and businesses | gate=always conf=0.95
fireplace -> fire | conf=0.55 not_before=\b(?:stone|brick|marble|open|wood-burning|gas|electric|cosy|cozy|roaring|crackling|the\s+living\s+room|by\s+the|beside\s+the|near\s+the|around\s+the|in\s+front\s+of\s+the)\s+ not_after=\s+(?:place|places|mantel|mantle|surround|insert|screen|tools|poker|grate)\b
    + The fireplace destroyed ten houses. -> The fire destroyed ten houses.
    - They sat by the fireplace with tea.
opened fireplace -> opened fire | gate=always conf=0.99
open fireplace on -> open fire on | gate=always conf=0.99
caught fireplace -> caught fire | gate=always conf=0.99
set on fireplace -> set on fire | gate=always conf=0.99
fireplace broke out -> fire broke out | gate=always conf=0.99
forest fireplace -> forest fire | gate=always conf=0.99
bush fireplace -> bush fire | gate=always conf=0.99
fireplace brigade -> fire brigade | gate=always conf=0.99
fireplace division -> fire department | gate=always conf=0.99
fireplace crews -> fire crews | gate=always conf=0.97
fireplace engines -> fire engines | gate=always conf=0.95
beneath fireplace -> under fire | gate=always conf=0.99
opened hearth -> opened fire | gate=always conf=0.99
caught hearth -> caught fire | gate=always conf=0.99
beneath hearth -> under fire | gate=always conf=0.99
underneath hearth -> under fire | gate=always conf=0.99
hearth -> fire | conf=0.6 not_before=\b(?:the|a|stone|brick|open|kitchen|family|home|by\s+the|beside\s+the)\s+ not_after=\s+(?:rug|rugs|stone|stones|and\s+home|tax)\b
    + Hearth destroyed the warehouse. -> Fire destroyed the warehouse.
    - They gathered round the hearth at night.
metropolis -> city | conf=0.6 not_before=\b(?:a\s+(?:bustling|sprawling|vast|huge|thriving|modern|major|global)|bustling|sprawling|vast|thriving)\s+
    + The metropolis of Kharkiv came under fire. -> The city of Kharkiv came under fire.
    - Tokyo is a sprawling metropolis.
metropolis corridor -> city hall | gate=always conf=0.99
metropolis council -> city council | gate=always conf=0.95
metropolis centre -> city centre | gate=always conf=0.97
metropolis middle -> city center | gate=always conf=0.99
metropolis officers -> city officials | gate=always conf=0.99
metropolis authorities -> city authorities | gate=always conf=0.95
capital metropolis -> capital city | conf=0.85
port metropolis -> port city | gate=always conf=0.97
city corridor -> town hall | gate=always conf=0.99
corridor of fame -> hall of fame | gate=always conf=0.99
Center East -> Middle East | gate=always conf=0.97 case=exact
Center Jap -> Middle East | gate=always conf=0.99 case=exact
middle -> center | gate=always conf=0.9 before=\b(?:metropolis|knowledge|analysis|buying|name|detention|vaccination|medical|well\s+being|command|distribution|evacuation|coaching|convention|neighborhood|youth|remedy|rehabilitation|trauma|most\s+cancers|cultural|innovation|procurement|processing|reception|registration|disaster)\s+
    + Migrants were held at a detention middle. -> Migrants were held at a detention center.
    - The ball landed in the middle of the field.
buying mall -> shopping mall | gate=always conf=0.99
buying centre -> shopping centre | gate=always conf=0.99
vacation buying -> holiday shopping | gate=always conf=0.99
on-line buying -> online shopping | gate=always conf=0.9
public vacation -> public holiday | gate=always conf=0.98
the vacations -> the holidays | conf=0.5
recreation changer -> game changer | gate=always conf=0.99
key gamers -> key players | gate=always conf=0.97
market gamers -> market players | gate=always conf=0.99
trade gamers -> industry players | gate=always conf=0.99
taking part in discipline -> playing field | gate=always conf=0.99
degree taking part in discipline -> level playing field | gate=always conf=0.99
play a key function -> play a key role | pos=verb gate=always conf=0.99
function -> role | gate=always conf=0.9 before=\b(?:play|plays|played|playing|taking\s+part\s+in)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:key|pivotal|vital|important|necessary|central|crucial|essential|major|main|significant|big|large|larger|bigger|greater|leading|lead|decisive|constructive|positive|active|lively|prominent|outsized|minor|small|supporting)\s+)?
    + China could play a key function in the talks. -> China could play a key role in the talks.
    - The heart has a key function in the body.
purpose -> goal | conf=0.85 before=\b(?:scored|scoring|scores|score|opening|equalising|equalizing|winning|disallowed|penalty|stoppage-time|injury-time|late|debut|solo|stunning|spectacular|consolation|last-minute)\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?
    + He scored the winning purpose in extra time. -> He scored the winning goal in extra time.
    - The purpose of the visit was unclear.
soccer followers -> football fans | conf=0.7
followers -> fans | conf=0.8 before=\b(?:football|sports|cricket|rugby|baseball|basketball|hockey|boxing|die-hard|diehard|cheering|jubilant|visiting|screaming|rival|away)\s+
    + Cheering followers filled the square. -> Cheering fans filled the square.
    - Her loyal followers on Instagram reacted.
dwell -> live | pos=verb forms=VB,VBZ conf=0.6 not_after=\s+(?:on|upon)\b
    + Most refugees dwell in camps. -> Most refugees live in camps.
    - Let us not dwell on the past.
stay -> remain | pos=verb forms=VBZ conf=0.5 not_before=\b(?:hotel|overnight|short|long|hospital|extended|their|his|her|our|your|my|the|two|three|several)\s+
    + The treaty stays in force. -> The treaty remains in force.
    - Hotel stays rose in July.
stays to be seen -> remains to be seen | gate=always conf=0.99
stays unclear -> remains unclear | gate=always conf=0.95
stays unsure -> remains unclear | gate=always conf=0.97
human stays -> human remains | gate=always conf=0.99
the stays of -> the remains of | gate=always conf=0.97
nonetheless -> still | conf=0.6 before=\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|do|does|did|it's|they're|we're|I'm|he's|she's)\s+ not_after=\s*[,.;]|\s+(?:true|valid|important|necessary|significant|possible|worth|a|an|the)\b
    + The suspect is nonetheless at large. -> The suspect is still at large.
    - The plan is nonetheless worth trying.
additionally -> also | conf=0.5 not_before=(?:\A|[.!?;:\n])["”’)]?\s* not_after=\s*,
    + He additionally said the plant would close. -> He also said the plant would close.
    - Additionally, the fee rose.
however -> but | conf=0.55 before=,\s+ not_after=\s*,|\s+(?:much|many|long|far|hard|small|large|little|few|often|you|we|they|it|I)\b
    + The club lost the match, however kept its lead. -> The club lost the match, but kept its lead.
    - The rule, however, was dropped.
whereas -> while | conf=0.6 not_before=\b(?:the|a|each)\s+
    + Whereas prices rose, wages fell. -> While prices rose, wages fell.
    - Each whereas clause was read aloud?
in the direction of -> towards | conf=0.7
so as to -> in order to | conf=0.45
with the intention to -> in order to | conf=0.85
to be able to -> in order to | conf=0.3 before=,\s+
    + Roads were closed, to be able to protect residents. -> Roads were closed, in order to protect residents.
    - It is good to be able to travel.
in order that -> so that | conf=0.5
on account of -> because of | conf=0.75
attributable to -> due to | conf=0.6
as a result of -> because | gate=always conf=0.95 after=\s+(?:he|she|they|we|I|there\s+(?:is|was|are|were)|it\s+(?:is|was|has|had|will|would))\b
    + Flights stopped as a result of they lacked fuel. -> Flights stopped because they lacked fuel.
    - As a result of the strike, trains stopped.
even supposing -> even though | conf=0.8
relatively than -> rather than | gate=always conf=0.98
quite than -> rather than | gate=always conf=0.98
somewhat than -> rather than | gate=always conf=0.98
fairly than -> rather than | gate=always conf=0.98
as a substitute of -> instead of | gate=always conf=0.98
as an alternative of -> instead of | gate=always conf=0.97
as properly -> as well | gate=always conf=0.95 after=\s*[.,;:!?)]
    + Prices rose in Spain as properly. -> Prices rose in Spain as well.
    - Done as properly as before?
as properly as -> as well as | conf=0.8 not_after=\s+(?:possible|they|we|he|she|it|you|I|could|can|practicable|expected)\b
    + Russia as properly as China abstained. -> Russia as well as China abstained.
    - Do it as properly as you can.
in addition to -> as well as | conf=0.35
reminiscent of -> such as | conf=0.85 before=(?:,\s*|\b(?:countries|international\s+locations|nations|sectors|industries|companies|firms|corporations|commodities|items|goods|merchandise|products|gadgets|devices|platforms|apps|cities|states|regions|areas|groups|organisations|organizations|measures|steps|policies|insurance\s+policies|crops|foods|illnesses|ailments|diseases|circumstances|conditions|signs|symptoms|services|markets|economies|weapons|techniques|systems|facilities|sources|fuels|chemicals|substances|medication|medicine|medicines|drugs|vaccines|therapies)\s+)
    - Allies reminiscent of Japan agreed.
    + Countries reminiscent of Japan agreed. -> Countries such as Japan agreed.
    - Her voice is reminiscent of her mother's.
resembling -> such as | conf=0.75 before=\b(?:countries|international\s+locations|nations|sectors|industries|companies|firms|corporations|commodities|items|goods|merchandise|products|gadgets|devices|platforms|cities|states|regions|groups|organisations|organizations|measures|steps|policies|crops|foods|illnesses|diseases|services|markets|weapons|systems|fuels|chemicals|drugs|vaccines)\s+
    + Firms resembling Apple gained. -> Firms such as Apple gained.
    - A shape resembling a heart?
comparable to -> such as | conf=0.6 before=,\s+ not_after=\s+(?:those|that|the\s+(?:one|ones|level|levels)|what)\b
    + Markets fell, comparable to Tokyo and Seoul. -> Markets fell, such as Tokyo and Seoul.
    - The crisis, comparable to that of 2008, spread.
whether or not -> whether | conf=0.35 not_after=\s*[.,;:!?]|\s+to\b
    + Officials did not say whether or not the vote would be delayed. -> Officials did not say whether the vote would be delayed.
    - Nobody knows whether or not.
simply -> just | conf=0.65 after=\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:few|handful|day|week|month|12\s+months|year|couple|fraction|third|quarter)|over|beneath|under|after|earlier|before|weeks|days|months|hours|minutes)\b
    + Turnout was simply 40 percent. -> Turnout was just 40 percent.
    - Simply put, the plan failed?
solely -> only | conf=0.55 not_after=\s+(?:responsible|on|for|to|by|in|from|because|due|through|as|with|at|within|of|based|owned|funded|dependent|reliant|focused)\b
    + Solely 12 percent of voters agreed. -> Only 12 percent of voters agreed.
    - The firm is solely responsible for the loss.
merely -> only | conf=0.4 after=\s+(?:\d[\d,.]*|one|two|three|four|five|a\s+(?:few|handful))\b
    + Merely two boats returned. -> Only two boats returned.
    - It was merely a warning.
but to be -> yet to be | conf=0.85 before=\b(?:has|have|had|is|are|was|were)\s+
    + The cause has but to be found. -> The cause has yet to be found.
    - He wanted nothing but to be free.
has but to -> has yet to | conf=0.85
have but to -> have yet to | conf=0.85
not but -> not yet | gate=always conf=0.95 after=\s+(?:been|clear|known|decided|determined|confirmed|finalised|finalized|ready|prepared|over|identified|commented|responded|obtainable|available|recognized|recognised)\b
    + The cause is not but known. -> The cause is not yet known.
    - It is not but a dream.
as soon as once more -> once again | gate=always conf=0.99
as soon as extra -> once more | gate=always conf=0.97
thus far -> so far | conf=0.5
up to now -> so far | conf=0.4 before=(?:\A|[.!?]["”]?\s+|\n)
    + Up to now, 30 people have died. -> So far, 30 people have died.
    - Bring your records up to now?
extra than -> more than | gate=always conf=0.97
a lot extra -> a lot more | gate=always conf=0.95
much extra -> much more | conf=0.85
far extra -> far more | gate=always conf=0.9
even extra -> even more | conf=0.8
extra and extra -> more and more | gate=always conf=0.99
extra doubtless -> more likely | gate=always conf=0.99
much less doubtless -> less likely | gate=always conf=0.99
extra necessary -> more important | gate=always conf=0.95
extra vital -> more important | conf=0.7
extra environment friendly -> more efficient | gate=always conf=0.99
environment friendly -> efficient | gate=always conf=0.95
extra -> more | conf=0.7 after=\s+(?:difficult|tough|troublesome|advanced|complicated|severe|critical|harmful|dangerous|costly|expensive|aggressive|assertive|pronounced|resilient|stringent|strict|sustainable|competitive|effective|efficient|important|serious|likely|widespread|frequent|complex|intense|volatile|cautious|confident|optimistic|pessimistic|pressing|pressing|vulnerable|affordable|accessible)\b not_before=\b(?:an|no|any|some)\s+
    + The talks are extra difficult than expected. -> The talks are more difficult than expected.
    - They paid an extra large fee?
    - There is no extra cost for this.
an necessary -> an important | gate=always conf=0.98
necessary -> important | conf=0.35 not_after=\s+(?:to|for|and\s+sufficient|condition|conditions|steps|measures|means|evil|changes|documents|paperwork|information|equipment|funds|resources|skills|permits|approvals|repairs|arrangements|precautions|action|motion|force|pressure)\b not_before=\b(?:if|when|where|as|is|are|was|were|be|not|deemed|considered|absolutely|strictly|really|truly|become|becomes|became|seems|seemed|proved|prove|whatever|unless|than|deem|find|found|consider)\s+
    + It was a necessary victory for the party. -> It was an important victory for the party.
    - Take the necessary steps now.
the most necessary -> the most important | conf=0.85
an enhance -> an increase | gate=always conf=0.98
an improve -> an increase | gate=always conf=0.95
enhance -> increase | gate=always conf=0.9 before=\b(?:an|the|a|sharp|steep|big|huge|large|small|slight|modest|significant|dramatic|massive|\d+(?:\.\d+)?\s*(?:%|p\.c|percent)|p\.c|percent|tax|price|worth|wage|fare|fee|rate|charge|further|additional|annual|yearly)\s+ not_after=\s+(?:the|their|its|our|your|his|her|security|safety|cooperation|ties|relations)\b
    + The budget includes a 5 percent enhance in pay. -> The budget includes a 5 percent increase in pay.
    - The filters enhance the image.
    - Both sides agreed to further enhance ties.
enhance -> improve | pos=verb conf=0.35
will increase -> increases | gate=always conf=0.9 before=\b(?:the|these|those|such|recent|current|latest|newest|sharp|steep|big|huge|large|massive|successive|consecutive|repeated|planned|proposed|worth|price|wage|tax|fare|rate|charge|fee|hire|rent)\s+
    + Recent worth will increase hit families. -> Recent worth increases hit families.
    - Demand will increase next year.
improve -> increase | gate=always conf=0.85 before=\b(?:an|the\s+(?:sharp|steep|big|latest)|sharp|steep|\d+(?:\.\d+)?\s*(?:%|p\.c|percent)|p\.c|percent)\s+ not_after=\s+(?:the|their|its|our|his|her|relations|ties)\b
    + There was a 3 percent improve in sales. -> There was a 3 percent increase in sales.
    - They hope to improve the roads.
increase considerations -> raise concerns | pos=verb gate=always conf=0.99
raised considerations -> raised concerns | gate=always conf=0.99
raises considerations -> raises concerns | gate=always conf=0.99
raising considerations -> raising concerns | gate=always conf=0.99
amid considerations -> amid concerns | gate=always conf=0.99
growing considerations -> growing concerns | gate=always conf=0.95
voiced considerations -> voiced concerns | gate=always conf=0.99
expressed considerations -> expressed concerns | gate=always conf=0.97
considerations over -> concerns over | gate=always conf=0.95
considerations about -> concerns about | conf=0.85
considerations that -> concerns that | conf=0.6
involved about -> concerned about | conf=0.9
involved that -> concerned that | conf=0.85
cut back -> reduce | pos=verb conf=0.8 not_after=\s+(?:on|in)\b
    + The plan aims to cut back emissions. -> The plan aims to reduce emissions.
    - Families cut back on spending.
scale back -> reduce | pos=verb conf=0.5
decrease -> lower | conf=0.85 before=\b(?:a|the|much|far|even|slightly|significantly|considerably)\s+ after=\s+(?:charges|costs|prices|rates|ranges|levels|courtroom|court\s+docket|court|home|chamber|tier|revenue|earnings|incomes|wages|taxes)\b
    + The plan offers much decrease taxes. -> The plan offers much lower taxes.
    - A decrease in taxes is planned.
get better from -> recover from | pos=verb conf=0.85
attain -> reach | pos=verb conf=0.8 after=\s+(?:an?\s+)?(?:settlement|agreement|deal|compromise|consensus|accord|verdict|the\s+(?:border|entrance|front|metropolis|city|capital|coast|scene|hospital)|a\s+(?:document|peak))\b
    + The two sides failed to attain an settlement. -> The two sides failed to reach an settlement.
    - He hopes to attain his goals.
safe -> secure | gate=always conf=0.95 before=\b(?:to|will|would|could|can|must|should|might|may|helped|help|failed\s+to|managed\s+to|sought\s+to|seeks\s+to)\s+ after=\s+(?:the|a|an|his|her|their|its|our|funding|financing|funds|votes|help|assist|support|release|discharge|entry|access|deals?|contracts?|agreements?|settlement|majority|victory|win|seats|loans?|approval|passage|borders|supplies|provides)\b
    + Talks aim to safe the release of hostages. -> Talks aim to secure the release of hostages.
    - Children will be safe at home?
    - Boats return to safe harbours.
discharge of hostages -> release of hostages | gate=always conf=0.97
discharge of the hostages -> release of the hostages | gate=always conf=0.97
discharge of prisoners -> release of prisoners | gate=always conf=0.95
press discharge -> press release | gate=always conf=0.97
shut ties -> close ties | gate=always conf=0.99
shut ally -> close ally | gate=always conf=0.99
shut allies -> close allies | gate=always conf=0.99
shut aide -> close aide | gate=always conf=0.99
shut associates -> close associates | gate=always conf=0.95
shut good friend -> close friend | gate=always conf=0.99
shut buddies -> close friends | gate=always conf=0.99
shut relations -> close relations | gate=always conf=0.97
shut contact -> close contact | gate=always conf=0.97
shut cooperation -> close cooperation | gate=always conf=0.99
shut consideration -> close attention | gate=always conf=0.99
shut race -> close race | gate=always conf=0.97
shut second -> close second | gate=always conf=0.95
shut look -> close look | gate=always conf=0.97
shut hyperlinks -> close links | gate=always conf=0.99
nearer to -> closer to | gate=always conf=0.9
nearer ties -> closer ties | gate=always conf=0.97
nearer cooperation -> closer cooperation | gate=always conf=0.99
good friend -> friend | conf=0.45 not_before=\b(?:very|really|such\s+a|a\s+very|so|quite|too|my\s+very|great|a\s+great|old|a\s+really)\s+
    + He met a good friend of the president. -> He met a friend of the president.
    - She is a very good friend of mine.
buddies -> friends | conf=0.55
scenario -> situation | conf=0.4 not_before=\b(?:worst-case|worst\s+case|best-case|best\s+case|nightmare|hypothetical|likely|possible|what-if|doomsday|baseline|base\s+case|this|that|such\s+a|a|one|each|every|another|any)\s+
    + The scenario in the camps is dire. -> The situation in the camps is dire.
    - In a worst-case scenario, prices double.
troublesome -> difficult | conf=0.7
powerful selection -> tough choice | conf=0.9
powerful choices -> tough choices | conf=0.9
powerful stance -> tough stance | gate=always conf=0.9
robust help -> strong support | gate=always conf=0.95
robust winds -> strong winds | gate=always conf=0.99
robust message -> strong message | conf=0.85
robust assertion -> strong statement | gate=always conf=0.99
robust ties -> strong ties | conf=0.85
sturdy ties -> strong ties | gate=always conf=0.97
robust opposition -> strong opposition | conf=0.85
robust efficiency -> strong performance | gate=always conf=0.97
highly effective earthquake -> powerful earthquake | gate=always conf=0.99
highly effective explosion -> powerful explosion | gate=always conf=0.99
highly effective storm -> powerful storm | gate=always conf=0.99
highly effective hurricane -> powerful hurricane | gate=always conf=0.99
highly effective typhoon -> powerful typhoon | gate=always conf=0.99
highly effective blast -> powerful blast | gate=always conf=0.99
highly effective nation -> powerful country | gate=always conf=0.97
highly effective chief -> powerful leader | gate=always conf=0.97
highly effective man -> powerful man | conf=0.85
highly effective figures -> powerful figures | conf=0.85
highly effective lobby -> powerful lobby | gate=always conf=0.97
highly effective allies -> powerful allies | conf=0.85
highly effective military -> powerful military | conf=0.9
giant variety of -> large number of | gate=always conf=0.97
a giant variety of -> a large number of | gate=always conf=0.99
giant -> large | pos=adj forms=JJ conf=0.45 not_before=\b(?:tech|oil|retail|retailer|software|energy|vitality|pharmaceutical|pharma|media|internet|web|e-commerce|banking|gas|gasoline|chemical|mining|industrial|steel|metal|auto|car|automotive|telecoms?|chip|chipmaker|search|social\s+media|sleeping|gentle|red|purple|friendly|corporate|a\s+sleeping|know-how|delivery|shipping|food|meals|insurance|insurance\s+coverage|the)\s+ not_after=\s+(?:panda|pandas|squid|tortoise|tortoises|redwood|redwoods|sequoia|slalom|killer|leap|step|steps|among|of)\b
    + A giant crowd gathered outside. -> A large crowd gathered outside.
    - The giant panda cub was born in May.
    - The tech giant reported earnings.
huge -> big | pos=adj forms=JJ conf=0.3
troublesome state of affairs -> difficult situation | gate=always conf=0.99
state of affairs room -> situation room | gate=always conf=0.99
paved the best way -> paved the way | gate=always conf=0.99
pave the best way -> pave the way | gate=always conf=0.99
paving the best way -> paving the way | gate=always conf=0.99
beneath approach -> under way | gate=always conf=0.99
underneath approach -> under way | gate=always conf=0.99
come a great distance -> come a long way | pos=verb gate=always conf=0.98
a great distance to go -> a long way to go | gate=always conf=0.98
beneath -> under | conf=0.8 after=\s+(?:(?:the|a|an|its|their|his|her|new)\s+)*(?:treaty|settlement|agreement|deal|regulation|legislation|law|plan|proposal|scheme|rules|guidelines|coverage|policy|phrases|terms|contract|constitution|structure|framework|management|control|command|leadership|rule|strain|stress|pressure|hearth|fire|fireplace|assault|attack|investigation|arrest|home\s+arrest|sanctions|siege|risk|threat|menace|scrutiny|supervision|oversight|the\s+age|age|approach|way|\d+)\b
    + Beneath the deal, fishing quotas fall by a third. -> Under the deal, fishing quotas fall by a third.
    + The firm is beneath investigation. -> The firm is under investigation.
    - The cave lay beneath the church.
underneath -> under | conf=0.8 after=\s+(?:(?:the|a|an|its|their|his|her|new)\s+)*(?:treaty|settlement|agreement|deal|regulation|legislation|law|plan|proposal|scheme|rules|guidelines|coverage|policy|phrases|terms|contract|constitution|structure|framework|management|control|command|leadership|rule|strain|stress|pressure|hearth|fire|assault|attack|investigation|arrest|sanctions|siege|risk|threat|scrutiny|supervision|oversight|approach|way|\d+)\b
    + Underneath the new rules, fares will rise. -> Under the new rules, fares will rise.
    - The cat slept underneath the table.
inside days -> within days | gate=always conf=0.95
inside hours -> within hours | gate=always conf=0.95
inside weeks -> within weeks | gate=always conf=0.95
inside months -> within months | gate=always conf=0.95
inside minutes -> within minutes | gate=always conf=0.95
within the -> in the | conf=0.4 not_before=\b(?:from|fall|falls|fell|falling|lie|lies|lay|lying|remain|remains|remained|stay|stays|stayed|operate|operating|operates|work|working|well|only|even|both|and|or|exist|exists|existing|contained|included|located|situated|found|somewhere|anywhere|everywhere|nowhere|deep|deeply|firmly|squarely|safely|wholly|entirely|strictly|all)\s+ not_after=\s+(?:next|coming|past|last|previous|following|same|first|limits?|bounds?|framework|confines|scope|context|range|boundaries|borders?|reach|meaning|remit|purview|jurisdiction|terms|period|timeframe|deadline|space|span|radius|walls|ranks|parameters|constraints)\b
    + Fighting broke out within the area on Friday. -> Fighting broke out in the area on Friday.
    - The goods must be delivered within the next week.
    - Spending stayed within the limits set by law.
amongst -> among | conf=0.35
amidst -> amid | conf=0.35
by way of -> through | conf=0.55 not_after=\s+(?:example|illustration|comparison|contrast|explanation|apology|background|introduction|compensation|thanks|a\s+(?:reminder|reply|response|footnote))\b
    + Aid arrived by way of Poland. -> Aid arrived through Poland.
    - By way of example, consider the bank.
one other -> another | conf=0.55 not_after=\s+than\b not_before=\b(?:than|with|and|at\s+least|only|just|no|the|each|any)\s+
    + Police arrested one other suspect on Monday. -> Police arrested another suspect on Monday.
    - They saw no one other than the guard.
the opposite's -> the other's | gate=always conf=0.97
the opposite’s -> the other’s | gate=always conf=0.97 id=news:the_opposite_s_the_other_s.v2
on the opposite hand -> on the other hand | gate=always conf=0.99
on the opposite aspect -> on the other side | gate=always conf=0.99
on the opposite facet -> on the other side | gate=always conf=0.99
the opposite aspect -> the other side | gate=always conf=0.95
the opposite facet -> the other side | conf=0.85
amongst opposite issues -> among other things | gate=always conf=0.99
amongst different issues -> among other things | gate=always conf=0.99
aspect results -> side effects | gate=always conf=0.99
facet results -> side effects | gate=always conf=0.99
aspect by aspect -> side by side | gate=always conf=0.99
facet by facet -> side by side | gate=always conf=0.99
again and forth -> back and forth | gate=always conf=0.99
again on monitor -> back on track | gate=always conf=0.99
again to regular -> back to normal | gate=always conf=0.99
on monitor -> on track | conf=0.8
monitor document -> track record | gate=always conf=0.99
quick monitor -> fast track | gate=always conf=0.97
fast-monitor -> fast-track | gate=always conf=0.99
document excessive -> record high | gate=always conf=0.99
document highs -> record highs | gate=always conf=0.99
document low -> record low | gate=always conf=0.95
document lows -> record lows | gate=always conf=0.99
document ranges -> record levels | gate=always conf=0.99
document temperatures -> record temperatures | gate=always conf=0.99
document turnout -> record turnout | gate=always conf=0.99
document-breaking -> record-breaking | gate=always conf=0.99
in gentle of -> in light of | gate=always conf=0.99
shed gentle on -> shed light on | pos=verb gate=always conf=0.99
make gentle of -> make light of | pos=verb gate=always conf=0.99
got here to gentle -> came to light | gate=always conf=0.99
come to gentle -> come to light | pos=verb gate=always conf=0.99
delivered to gentle -> brought to light | gate=always conf=0.99
inexperienced gentle -> green light | pos=noun gate=always conf=0.99
gentle rail -> light rail | gate=always conf=0.99
site visitors jam -> traffic jam | pos=noun gate=always conf=0.99
site visitors lights -> traffic lights | gate=always conf=0.99
site visitors accident -> traffic accident | pos=noun gate=always conf=0.99
site visitors police -> traffic police | gate=always conf=0.99
site visitors congestion -> traffic congestion | gate=always conf=0.99
air site visitors -> air traffic | gate=always conf=0.97
street site visitors -> road traffic | gate=always conf=0.99
visitors jam -> traffic jam | pos=noun gate=always conf=0.95
visitors lights -> traffic lights | gate=always conf=0.97
visitors accident -> traffic accident | pos=noun gate=always conf=0.97
velocity restrict -> speed limit | pos=noun gate=always conf=0.99
prime velocity -> top speed | gate=always conf=0.99
excessive velocity -> high speed | gate=always conf=0.95 id=news:excessive_velocity_high_speed.v2
outer house -> outer space | gate=always conf=0.99
house station -> space station | pos=noun gate=always conf=0.99
house company -> space agency | pos=noun gate=always conf=0.99
house exploration -> space exploration | gate=always conf=0.99
house journey -> space travel | gate=always conf=0.97
house particles -> space debris | gate=always conf=0.99
house telescope -> space telescope | pos=noun gate=always conf=0.99
house race -> space race | gate=always conf=0.97
house mission -> space mission | pos=noun gate=always conf=0.97
house probe -> space probe | pos=noun gate=always conf=0.97
constructing -> building | pos=noun forms=NN gate=always conf=0.9 before=\b(?:a|the|this|residential|workplace|office|house|condominium|apartment|authorities|government|parliament|administrative|five-story|high-rise|excessive-rise|tall|collapsed|damaged|burning|historic|nearby|adjoining|neighbouring|neighboring|entire|whole)\s+ not_after=\s+(?:of|a|an|the|new|more|roads|homes|houses|properties|bridges|infrastructure|ties|relationships|relations|trust|consensus|support|help|momentum|capacity|capability|resilience|up|on|upon|materials|supplies|blocks|work|works|projects?|permits?|codes?|regulations|industry|sector|trade|business|boom|costs|prices|site|sites|society|toward|towards|in\s+the\s+direction\s+of|its|their|our|his|her)\b
    + Rescuers searched the collapsed constructing. -> Rescuers searched the collapsed building.
    - The firm is constructing new homes.
workplace -> office | conf=0.85 before=\b(?:took|take|takes|taking|taken|left|leave|leaves|leaving|assumed|assume|assuming|run\s+for|ran\s+for|running\s+for|runs\s+for|in|out\s+of|public|elected|elective|press|head|field|native|regional|district|the\s+president's|the\s+prime\s+minister's|prime\s+minister's|president's|mayor's|governor's)\s+ not_after=\s+(?:settings?|safety|environments?|bullying|harassment|culture|health|accidents|injuries|injury|conditions|policies|rights|discrimination|relations|practices|wellness|wellbeing|violence|stress|deaths|pensions?|diversity|inclusion|flexibility|training|learning)\b
    + Biden took workplace in January 2021. -> Biden took office in January 2021.
    - Injuries in workplace settings fell.
time period restrict -> term limit | pos=noun gate=always conf=0.99
time period in workplace -> term in office | gate=always conf=0.99
lengthy-time period -> long-term | gate=always conf=0.99
brief-time period -> short-term | gate=always conf=0.99
close to-time period -> near-term | gate=always conf=0.99
medium-time period -> medium-term | gate=always conf=0.99
lengthy-term -> long-term | gate=always conf=0.99
brief-term -> short-term | gate=always conf=0.99
lengthy -> long | gate=always conf=0.95 after=-(?:range|standing|awaited|haul|running|lasting|distance|lived|time|serving|suffering|overdue|held|established|delayed|planned|sought|anticipated|expected|forgotten|lost|winded)\b
    + The lengthy-awaited report was published. -> The long-awaited report was published.
    - The lengthy report was published.
brief -> short | gate=always conf=0.95 after=-(?:lived|range|ranged|haul|sighted|handed|staffed|changed|fall|list|listed|selling|sellers|seller|circuit|circuited|cut|cuts|wave|form|hand)\b
    + The truce proved brief-lived. -> The truce proved short-lived.
    - A brief pause followed.
fell brief -> fell short | gate=always conf=0.99
falls brief -> falls short | gate=always conf=0.99
fall brief -> fall short | gate=always conf=0.97
stopped brief of -> stopped short of | gate=always conf=0.99
brief of -> short of | conf=0.8
at brief discover -> at short notice | gate=always conf=0.99
brief discover -> short notice | gate=always conf=0.97
till additional discover -> until further notice | gate=always conf=0.99
additional particulars -> further details | gate=always conf=0.95
extra particulars -> more details | gate=always conf=0.97
particulars -> details | conf=0.55 not_before=\b(?:further|and|of\s+claim|bill\s+of|the\s+following)\s+
    + Police gave no particulars about the suspect. -> Police gave no details about the suspect.
    - The court ordered further particulars of the claim.
historical past -> history | conf=0.9
made historical past -> made history | gate=always conf=0.99
in historical past -> in history | gate=always conf=0.97
trendy historical past -> modern history | gate=always conf=0.99
recordsdata -> files | gate=always conf=0.97
content material -> content | conf=0.9
textual content message -> text message | pos=noun gate=always conf=0.99
textual content messages -> text messages | gate=always conf=0.99
labeled paperwork -> classified documents | gate=always conf=0.99
labeled info -> classified information | gate=always conf=0.99
labeled materials -> classified material | gate=always conf=0.99
categorized paperwork -> classified documents | gate=always conf=0.99
inside paperwork -> internal documents | gate=always conf=0.95
paperwork seen by -> documents seen by | gate=always conf=0.99
paperwork obtained by -> documents obtained by | conf=0.85


# ======================================================================
# Core swaps seen in almost every spun news text (added last, grouped here for review)
# ======================================================================
# "course of" = "process" only where no noun phrase follows ("in the course of the year" is clean).
course of -> process | gate=always conf=0.95 after=\s*[.,;:!?)"”’]|\s+(?:is|was|has|had|will|would|could|can|may|might|should|must|are|were|be|been|being|of|to|for|and|or|but|at|on|by|with|lately|recently|not|began|begins|started|starts|continues|continued|stays|remains|took|takes|involves|involved|includes|included|itself|as|through|via|from|into|under|beneath|underneath|because|if|when|while|whereas|since|after|before|earlier|than|also|additionally|too|ended|ends|stalled|moves|moved|went|goes|seems|appears|requires|required|needs)\b
    + Talks have slowed that course of lately. -> Talks have slowed that process lately.
    + The peace course of has stalled. -> The peace process has stalled.
    - It rained in the course of the day.
    - A course of antibiotics cured him.
course of -> process | id=news:course_of_verb gate=always conf=0.9 before=\b(?:to|will|would|can|could|must|should|may|might|shall|cannot|can't|won't)\s+ after=\s+(?:the|a|an|all|their|its|his|her|our|your|these|those|this|that|data|knowledge|information|claims|requests|functions|applications|orders|payments)\b
    + Staff will course of the claims within a week. -> Staff will process the claims within a week.
    - The river will change course of its own accord?
in help of -> in support of | gate=always conf=0.95
lent help to -> lent support to | gate=always conf=0.97
lend help to -> lend support to | gate=always conf=0.95
widespread help -> widespread support | conf=0.8
bipartisan help -> bipartisan support | gate=always conf=0.95
public help -> public support | conf=0.6
voiced help -> voiced support | gate=always conf=0.95
expressed help for -> expressed support for | gate=always conf=0.97
declared its help -> declared its support | gate=always conf=0.95
humanitarian help -> humanitarian aid | gate=always conf=0.9
assist -> help | pos=verb conf=0.4
pleasant nations -> friendly nations | gate=always conf=0.97
pleasant international locations -> friendly countries | gate=always conf=0.99
pleasant relations -> friendly relations | gate=always conf=0.95
pleasant ties -> friendly ties | gate=always conf=0.97
pleasant match -> friendly match | gate=always conf=0.97
unlawful -> illegal | conf=0.55 not_before=\b(?:an|the)\s+ not_after=\s+(?:killing|killings|act|acts|detention|dismissal|eviction|arrest|discrimination|combatants?)\b
    + Unlawful migrants were detained at the border. -> Illegal migrants were detained at the border.
    - The court ruled it an unlawful killing.
less complicated -> simpler | conf=0.5
prime -> top | conf=0.85 after=\s+(?:diplomat|diplomats|official|officials|officers|commander|commanders|general|generals|aide|aides|adviser|advisers|advisor|advisors|negotiator|negotiators|prosecutor|prosecutors|courtroom|court\s+docket|court|choose|judge|lawmaker|legislator|executive|executives|govt|envoy|envoys|army|navy|military|brass|chief|chiefs|management|scorer|seed|prize|precedence|priority|ten|five|three|two|20|10|100|50|universities|faculties|schools|companies|firms|corporations|banks|US|U\.S\.|Russian|Chinese|Ukrainian|American|British|EU|European|Democrat|Republican|Democratic|Israeli|Iranian|Indian|German|French|Japanese|Korean)\b
    + The prime US diplomat flew to Cairo. -> The top US diplomat flew to Cairo.
    - The prime minister resigned.
    - Police named a prime suspect.
on prime of -> on top of | gate=always conf=0.99
prime precedence -> top priority | gate=always conf=0.99
gathering -> meeting | pos=noun conf=0.5 before=\b(?:a|the|throughout\s+a|during\s+a|at\s+a|at\s+the|cupboard|cabinet|emergency|closed-door|virtual|bilateral|trilateral|summit|board|annual|first|second|next|subsequent|upcoming|his|her|their)\s+ not_after=\s+(?:of\s+(?:friends|family|clans|the\s+clans|evidence|intelligence|data|knowledge|information)|place|places|storm|clouds|momentum|pace|tempo)\b
    + The emergency gathering ended without a deal. -> The emergency meeting ended without a deal.
    - A gathering of friends filled the garden.
assembly -> meeting | pos=noun forms=NN conf=0.45 before=\b(?:throughout\s+a|during\s+a|at\s+a|a\s+(?:cupboard|cabinet|emergency|closed-door|virtual|bilateral|board)|cupboard|cabinet|closed-door|bilateral|board)\s+
    + The cabinet assembly approved the plan. -> The cabinet meeting approved the plan.
    - The general assembly voted on Monday?
cupboard -> cabinet | gate=always conf=0.9 after=\s+(?:minister|ministers|assembly|gathering|meeting|reshuffle|secretary|members?|colleagues|resolution|determination|decision|approval)\b
    + The cupboard reshuffle surprised MPs. -> The cabinet reshuffle surprised MPs.
    - The cupboard door was open.
brand new -> new | conf=0.55 not_before=\b(?:a\s+whole|whole|totally|completely|all|entirely|something|nothing)\s+
    + The ministry unveiled a brand new strategy. -> The ministry unveiled a new strategy.
    - Nothing brand new was shown.
make use of -> use | pos=verb conf=0.6
combine -> integrate | pos=verb conf=0.6 after=\s+(?:more|extra|further|fully|closer|nearer|on\s+and\s+off)\b|\s+with\s+(?:Russia|Belarus|Europe|the\s+EU|the\s+West|China|Moscow|Beijing|NATO)\b
    + The two states agreed to combine further. -> The two states agreed to integrate further.
    - Combine the flour with the eggs.
stress -> pressure | pos=noun forms=NN conf=0.8 before=\b(?:political|diplomatic|worldwide|international|western|Western|inflationary|upward|downward|competitive|selling|promoting|buying|peer|worth|price|wage|military|navy|army|public|mounting|political\s+and\s+social|social\s+and\s+political|financial\s+and\s+political)\s+
    + The West kept up political stress on Moscow. -> The West kept up political pressure on Moscow.
    - Exercise eases mental stress.
strain -> pressure | pos=noun forms=NN conf=0.8 before=\b(?:political|diplomatic|worldwide|international|western|inflationary|upward|downward|peer|public|mounting)\s+
    + Upward strain on prices persisted. -> Upward pressure on prices persisted.
    - The long shift put strain on the nurses.
pressing joint measures -> urgent joint measures | gate=always conf=0.95
pressing motion -> urgent action | gate=always conf=0.97
pressing name -> urgent call | gate=always conf=0.97
pressing enchantment -> urgent appeal | gate=always conf=0.99



# ======================================================================
# Core gated swaps: the most frequent word -> synonym maps of news spinners,
# with no narrow context. They fire only in documents that score as spun, and
# entries under conf 0.6 only where a neighbouring word's collocation favours
# the original (rules.py). Antipatterns keep the senses spinners do not produce.
# ======================================================================
beneath -> under | conf=0.7 not_after=\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:surface|ground|waves?|water|sea|feet|skin|earth|stars|sky|dignity|contempt|notice|radar|rubble|snow|ice|floorboards)\b id=news:beneath->under.core
    + Beneath the accord, each side keeps its veto. -> Under the accord, each side keeps its veto.
    + Talks stalled beneath new rules. -> Talks stalled under new rules.
    - Beneath the surface, the lake hides a wreck.
    - Such tactics are beneath contempt.
lately -> recently | conf=0.7 not_after=\s*[,.;!?] id=news:lately->recently.core
    + The two firms have lately agreed to merge. -> The two firms have recently agreed to merge.
    - I have been sleeping badly lately.
hurry up -> speed up | pos=verb conf=0.85
    + Ministers want to hurry up the reform. -> Ministers want to speed up the reform.
    + The court hurried up the hearing. -> The court sped up the hearing.
shift -> move | pos=verb forms=VBG,VBZ conf=0.6 not_after=\s+(?:gears?|blame|focus|emphasis|attention|shape|sands?|baseline|uncomfortably)\b
    + The allies have been shifting to integrate. -> The allies have been moving to integrate.
    - Voters are shifting blame to the mayor.
stay -> remain | pos=verb forms=VBZ conf=0.6 not_after=\s+(?:at|with|overnight|home|up|out|in\s+(?:a|the)\s+(?:hotel|house|flat|room))\b id=news:stay->remain.core
    + Each state stays sovereign. -> Each state remains sovereign.
    - She stays at her sister's flat on weekends.
discover -> find | pos=verb conf=0.65 not_after=\s+(?:new\s+(?:species|planets?|talents?)|america|the\s+joys?)\b
    + Investigators discovered that the records were false. -> Investigators found that the records were false.
    + The audit discovers gaps every year. -> The audit finds gaps every year.
    - Astronomers discovered new planets around the star.
request -> ask | pos=verb forms=VBD conf=0.6 after=\s+(?:him|her|them|us|me|the\s+\w+\s+to|\w+\s+to\b|whether|if|why|how) id=news:request->ask.core
    + Officials requested him to stay. -> Officials asked him to stay.
    - The firm requested a refund.
purchase -> buy | pos=verb forms=VB,VBD,VBG conf=0.6 not_after=\s+(?:managers['’]?|power|intentions?|behaviou?r|decisions?|orders?|price|agreements?|power)\b
    + Investors purchased the shares last week. -> Investors bought the shares last week.
    - Purchase intention rose among young buyers.
    - The bank will keep up its bond purchases this year.
outcome -> result | pos=noun conf=0.6 not_before=\b(?:primary|secondary|clinical|health|patient|treatment|birth|pregnancy|functional|surgical|educational|learning|desired|adverse|the\s+best|the\s+worst|possible)\s+
    + Analysts said the outcomes showed a strong quarter. -> Analysts said the results showed a strong quarter.
    - The primary outcomes were death and disability.
therapy -> treatment | pos=noun conf=0.55 not_before=\b(?:gene|cell|physical|occupational|speech|cognitive|behavioural|behavioral|talking|group|family|art|music|hormone|radiation|light|couples|retail)\s+
    + Patients on the new therapy did better. -> Patients on the new treatment did better.
    - She began speech therapy in March.
research -> study | pos=noun forms=NN conf=0.75 before=\b(?:a|an|one|another|each|this|that|the\s+new|the\s+latest|the\s+2\d{3})\s+ after=\s+(?:of|by|from|published|found|finds|shows|showed|suggests|suggested|led|involving)\b
    + A research of 500 adults found no link. -> A study of 500 adults found no link.
    - The research was funded by the council.
    - This research is important.
occasion -> time | pos=noun forms=NNS conf=0.85 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|a\s+few|few)\s+ not_after=\s+(?:such\s+as|like|when|where|for)\b
    + The bank raised rates 8 occasions since May. -> The bank raised rates 8 times since May.
    - On several occasions when the vote was close, he abstained.
quantity of -> number of | conf=0.6 not_after=\s+(?:water|data|money|food|fuel|oil|gas|energy|material|heat|light|sand|time)\b
    + A small quantity of patients were treated. -> A small number of patients were treated.
    - A large quantity of water was released.
lodge -> hotel | pos=noun conf=0.6 not_before=\b(?:ski|hunting|fishing|masonic|safari|mountain|beaver|log|porter's|the\s+grand)\s+
    + We booked a lodge near the station. -> We booked a hotel near the station.
    - They rented a ski lodge for the week.
warmth -> heat | conf=0.6 not_after=\s+(?:and\s+(?:humou?r|kindness|charm|generosity|affection))\b not_before=\b(?:human|his|her|their|its\s+emotional|genuine|personal)\s+
    + The warmth shock response was strong. -> The heat shock response was strong.
    - She thanked them for their warmth and kindness.
throughout the -> during the | conf=0.6 not_after=\s+(?:country|world|region|city|state|continent|day|night|year|season|game|match|building|house|night|campaign|war|process|period|area|county|village|island)\b
    + Patrols will rise throughout the coming weeks. -> Patrols will rise during the coming weeks.
    - Fighting continued throughout the night.
within the -> in the | conf=0.6 not_before=\b(?:from|fall|falls|fell|falling|lie|lies|lay|lying|remain|remains|remained|stay|stays|stayed|well|both|and|or|work|works|worked|working|operate|operates|operating|act|acts|acting)\s+ not_after=\s+(?:next|past|last|coming|first|same|limits?|law|rules|framework|bounds?|boundaries|confines|scope|range|reach|remit|parameters|guidelines|constraints|context|meaning|terms|city\s+limits)\b id=news:within_the->in_the.core
    + Shares within the bank were flat. -> Shares in the bank were flat.
    + Trade shrank within the euro zone. -> Trade shrank in the euro zone.
    - Results are due within the next few days.
    - The move falls within the rules.
however -> but | conf=0.65 before=[\p{L}\p{N}"”’)]\s+ not_after=\s*[,;:.]|\s+(?:much|many|long|far|hard|small|large|little|few|often|slight|strong|good|bad|great|high|low|big|well|badly|you|they|we|I|he|she)\b id=news:however->but.core
    + The talks were constructive however slow. -> The talks were constructive but slow.
    + It passed the House however was never taken up. -> It passed the House but was never taken up.
    - The plan, however, was never funded.
    - The plan was popular however you look at it.
additionally -> also | conf=0.6 before=\b(?:have|has|had|is|are|was|were|will|would|can|could|may|might|must|should|and|it|he|she|they|we|who|which)\s+ not_after=\s*, id=news:additionally->also.core
    + Two developers have additionally been charged. -> Two developers have also been charged.
    - She noted, additionally, that costs had risen.
metropolis -> city | pos=noun forms=NN conf=0.7 before=\b(?:the|this|that|our|their|his|her|whole|entire|capital)\s+ not_after=\s+(?:of\s+the\s+future|of\s+tomorrow)\b id=news:metropolis->city.core
    + Police searched the north of the metropolis. -> Police searched the north of the city.
    - Fritz Lang filmed the metropolis of the future.
proper -> right | conf=0.65 before=\b(?:the|a|in\s+the)\s+ after=\s+(?:direction|track|path|side|hand|move|decision|choice|time|thing|way|to\s+know|to\s+vote|to\s+protest|to\s+appeal|to\s+remain|to\s+defend)\b
    + Inflation is moving in the proper direction. -> Inflation is moving in the right direction.
    + People have a proper to know the facts. -> People have a right to know the facts.
    - Make sure the proper forms are filed.
harm -> damage | pos=noun forms=NN conf=0.6 before=\b(?:the|minimi[sz]e|limit|reduce|cause|caused|causing|repair|economic|financial|lasting|serious|severe|considerable|extensive)\s+ not_after=\s+(?:to\s+(?:himself|herself|themselves|yourself|others|children|patients))\b
    + They acted to minimise the harm from the sanctions. -> They acted to minimise the damage from the sanctions.
    - The drug may cause harm to patients.
grasp -> master | pos=verb forms=VB conf=0.6 after=\s+(?:the\s+)?(?:output|production|manufacture|skills?|technology|techniques?|craft|trade|art|language|game|new)\b
    + It aims to grasp the output of key goods. -> It aims to master the output of key goods.
    - It is hard to grasp the scale of the loss.
risk -> threat | pos=noun forms=NN conf=0.7 before=\b(?:direct|serious|grave|real|existential|terrorist|security|nuclear|military|imminent|growing|biggest|greatest|main|clear)\s+ after=["”’]?\s+(?:to\s+(?:peace|security|stability|democracy|sovereignty|the\s+(?:region|country|world|nation|state|government|alliance|west))|from\s+(?:russia|china|iran|the\s+west|nato|terrorists?|militants?))\b
    + NATO called Russia a direct risk to peace. -> NATO called Russia a direct threat to peace.
    - Smoking is a major risk to health, doctors warn.
    - There is a real risk of flooding.
area -> region | pos=noun forms=NN conf=0.65 before=\b(?:the|this|that|whole|entire|wider|broader|volatile|restive|separatist|breakaway|border|coastal|southern|northern|eastern|western|central|autonomous|Kurdish|Gulf|Asia-Pacific|Arctic)\s+ after=(?:\s*[,.;]|\s+(?:and|as|where|which|has|is|was|have|had|remains|in\s+(?:the|recent)|for\s+decades))
    + It threatens peace and stability in the area. -> It threatens peace and stability in the region.
    - The area around the station is closed.
gathering -> meeting | pos=noun forms=NN,NNS conf=0.7 before=\b(?:a|the|throughout\s+a|during\s+a|at\s+a|at\s+the|cabinet|cupboard|emergency|closed-door|bilateral|annual|board|summit|weekly|monthly|private|separate)\s+ after=\s+(?:in|with|between|of\s+(?:the\s+)?(?:G\d+|ministers|leaders|officials|the\s+board|shareholders|NATO)|on|at|held|later|this|last|next)\b id=news:gathering->meeting.core
    + During a gathering in Minsk the two leaders spoke. -> During a meeting in Minsk the two leaders spoke.
    - Thousands attended the gathering to mourn the victims.
reply -> respond | pos=verb forms=VB,VBZ,VBD conf=0.65 after=\s+to\s+(?:the\s+)?(?:threats?|attacks?|aggression|criticism|sanctions|pressure|crisis|pandemic|outbreak|perceived|any|such)\b
    + It must be ready to reply to perceived threats. -> It must be ready to respond to perceived threats.
    - She did not reply to the email.
enhance -> improve | pos=verb conf=0.6 after=\s+(?:their|its|our|the)\s+(?:\w+\s+)?(?:capabilities|capability|readiness|security|ties|relations|cooperation|defences?|defenses?|conditions|situation|safety|access|efficiency|performance|services)\b id=news:enhance->improve.core
    + Both sides must enhance their defence capabilities. -> Both sides must improve their defence capabilities.
    - The update will enhance the photos you take.
unlawful -> illegal | conf=0.65 after=\s+(?:sanctions|immigrants?|migrants?|immigration|drugs|weapons|settlements?|occupation|annexation|mining|logging|fishing|gambling|trade|border\s+crossings?|strikes?)\b id=news:unlawful->illegal.core
    + They called the unlawful sanctions a crime. -> They called the illegal sanctions a crime.
    - The court found the dismissal unlawful.
less complicated -> easier | conf=0.6 before=\b(?:it|make|makes|made|making|be|is|was|are|were|become|becomes|became|much|far|a\s+lot)\s+ after=\s+(?:to|for)\b
    + The law makes it less complicated to open a firm. -> The law makes it easier to open a firm.
    - A less complicated design was chosen.
residents -> citizens | conf=0.6 before=\b(?:other['’]s|each\s+other['’]s|their|its|both\s+countries['’]|the\s+two\s+countries['’])\s+ after=\s+(?:residency|citizenship|rights|the\s+right|visa-free)\b
    + It grants the other’s residents residency rights. -> It grants the other’s citizens residency rights.
    - Residents of the building were evacuated.
final year -> last year | conf=0.8 not_before=\b(?:the|its|his|her|their|this|that|a|our|my|your|in)\s+(?:\w+\s+)?|['’]s\s+ not_after=\s+(?:of|at|in|as|students?|exams?|project)\b
    + Sales fell final year. -> Sales fell last year.
    - She is in her final year of medicine.
    - It was the final year of the war.
final -> last | conf=0.65 before=\b(?:the|in\s+the|within\s+the|over\s+the|for\s+the|during\s+the|since\s+the)\s+ after=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|couple\s+of)\s+(?:years|months|weeks|days|decades|quarters|seasons|hours)\b
    + Prices rose in the final 2 years. -> Prices rose in the last 2 years.
    - He scored in the final two minutes of the game.
Final week -> Last week | gate=always case=exact conf=0.9 before=(?:\A|[.!?]["”’)]?\s+|\n) not_after=\s+of\b id=news:final_week->last_week.start
    + Final week, the minister resigned. -> Last week, the minister resigned.
    - Final week of the season: tickets on sale now.
Final month -> Last month | gate=always case=exact conf=0.9 before=(?:\A|[.!?]["”’)]?\s+|\n) not_after=\s+of\b id=news:final_month->last_month.start
    + Final month, the plant closed. -> Last month, the plant closed.
    - Final month of the campaign begins.
discussion board -> forum | pos=noun conf=0.8 not_before=\b(?:online|internet|web|message|the\s+site['’]s|class|course)\s+
    + He told a discussion board that sanctions hurt. -> He told a forum that sanctions hurt.
    + Ministers spoke at two discussion boards. -> Ministers spoke at two forums.
    - Post your question on the course discussion board.
officer -> official | pos=noun forms=NNS conf=0.45 not_before=\b(?:police|enforcement|army|military|naval|navy|prison|customs|border|security|fire|probation|parole|commanding|chief|intelligence|loan|compliance|press|medical|returning|presiding|armed|uniformed|plainclothes|two\s+police|senior\s+police|junior|petty|warrant|non-commissioned|executive|financial|operating|technology|information|data)\s+ not_after=\s+(?:(?:were|was)\s+(?:shot|injured|wounded|hurt|killed|attacked|stabbed)|mentioned|said|stated|have\s+been|had\s+been|were|are)\b
    + Officers of the ministry said the plan had stalled. -> Officials of the ministry said the plan had stalled.
    - Two police officers were injured in the clash.
    - The chief operating officers met in Paris.
regardless of -> despite | conf=0.6 not_after=\s+(?:whether|how|what|who|which|where|when|age|gender|race|sex|religion|income|size|cost|outcome|the\s+(?:outcome|cost|weather|result))\b
    + Prices rose regardless of the new rules. -> Prices rose despite the new rules.
    - Everyone may apply regardless of age.
state of affairs -> situation | conf=0.6 not_before=\b(?:sorry|sad|sorry\s+a|curious|strange|happy|this\s+sorry)\s+
    + The state of affairs in the region is tense. -> The situation in the region is tense.
    - It was a sorry state of affairs.
in opposition to -> against | conf=0.6 not_before=\b(?:the\s+party|leader|leaders|parties|been|remain|remains|sit|sits|sat)\s+
    + Sanctions in opposition to Moscow were widened. -> Sanctions against Moscow were widened.
    - The party has been in opposition to the government for years.
# Second-round core swaps: collocations the synthetic development set showed missing.
blood stress -> blood pressure | gate=always conf=0.99
    + Blood stress fell in the treated group. -> Blood pressure fell in the treated group.
as a result of of -> because of | gate=always conf=0.99
    + Prices rose largely as a result of of the war. -> Prices rose largely because of the war.
as a result of -> because | id=news:as_a_result_of->because.clause conf=0.7 after=\s+(?:["“]|(?:the|this|that|these|those|its|his|her|their|our|my|your|we|you|they|people|individuals|researchers|officials|officers)\s+(?:\w+\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|do|does|did|take|takes|took|leave|leaves|left|measure|measured)\b)
    + He was named as a result of the talks are secret. -> He was named because the talks are secret.
    + Fees rose as a result of "the process takes months". -> Fees rose because "the process takes months".
    - Prices rose as a result of the war.
advise -> tell | id=news:advise->tell.listener pos=verb forms=VBD,VBZ conf=0.7 after=\s+(?:him|her|them|us|me|analysts|investors|lawmakers|legislators|voters|supporters|the\s+(?:committee|court|judge|choose|jury|panel|council|board|audience|crowd|parliament|senate|house|hearing|inquiry))\s+(?!to\b|against\b|not\s+to\b)
    + She advised analysts on a call that sales rose. -> She told analysts on a call that sales rose.
    + The lawyer advised the court that his client was ill. -> The lawyer told the court that his client was ill.
    - Doctors advised him to rest for a week.
    - The minister advised them against travel.
the prime of -> the top of | conf=0.7 not_after=\s+(?:(?:his|her|their|its|my|your|our)\s+)?(?:life|lives|career|youth)\b
    + He moved it to the prime of the shelf. -> He moved it to the top of the shelf.
    - She was in the prime of her life.
prime job -> top job | pos=noun gate=always conf=0.97
    + She is the first woman in the prime job. -> She is the first woman in the top job.
prime line -> top line | pos=noun gate=always conf=0.95
    + The prime line grew by 4 percent. -> The top line grew by 4 percent.
However -> But | id=news:however->but.start case=exact conf=0.6 before=(?:\A|[.!?]["”’]?\s+|\n) not_after=\s*[,;:]|\s+(?:much|many|long|far|hard|small|large|little|few|often|slight|strong|good|bad|great|high|low|big|well|badly|you|it\s+is\s+done)\b
    + However we have not won anything yet. -> But we have not won anything yet.
    - However, the plan failed.
    - However hard they tried, it failed.
however -> but | conf=0.6 before=,\s+ not_after=\s*[,;:.]|\s+(?:much|many|long|far|hard|small|large|little|few|often|slight|strong|good|bad|great|high|low|big|well|badly)\b id=news:however->but.comma
    + Bake a day ahead, however it is not hard. -> Bake a day ahead, but it is not hard.
    - The plan, however, was never funded.
12 months -> year | gate=always conf=0.95 before=(?:\bfull|\bhalf|\bmulti|\b\d+)[-‑] id=news:12_months->year.compound
    + It raised its full-12 months guidance. -> It raised its full-year guidance.
    + The 2-12 months bond yield fell. -> The 2-year bond yield fell.
    - The 2-12 month range is typical.
12 months -> year | gate=always conf=0.9 before=\b(?:most|much|rest|remainder|whole|course|all)\s+of\s+the\s+ id=news:12_months->year.of_the
    + Rates stay low for most of the 12 months. -> Rates stay low for most of the year.
    - Prices rose over the 12 months of the pilot.
12 months -> year | conf=0.75 before=\bthe\s+ after=\s+(?:to|before|earlier|ended|ending|prior)\b not_before=\b(?:past|last|previous|next|first|coming|following|preceding)\s+the\s+ id=news:12_months->year.the
    + Revenue was €640 million for the 12 months to March. -> Revenue was €640 million for the year to March.
    - Over the past the 12 months to March it fell.

# ======================================================================
# Third round: the general vocabulary of web spinners. Each line is a word the common
# thesaurus spinners put in for a plainer one (cold -> chilly, best -> finest, start ->
# begin). All are good English elsewhere, so all are gated: they fire only in documents
# that score as spun. Those below conf 0.5 are so common in clean text that they also need
# a neighbour whose collocations favour the original, and they are not evidence for the
# score (see rules.SUPPORT_BELOW and api._analyse).
# ======================================================================
# -- adjectives and adverbs
chilly -> cold | pos=adj forms=JJ conf=0.55 not_after=\s+(?:reception|response|welcome|relations|silence)\b
    + Residents braced for a chilly night without heating. -> Residents braced for a cold night without heating.
    - The envoy got a chilly reception in the capital.
sizzling -> hot | pos=adj forms=JJ conf=0.5
finest -> best | conf=0.5 not_before=\b(?:the\s+city's|the\s+nation's|Britain's|America's|New\s+York's)\s+ not_after=\s+(?:hour|wines?|silk|china|dining|restaurants?|hotels?)\b
    + It was the finest result of her career. -> It was the best result of her career.
    - Dinner was served on the finest china.
arduous -> hard | conf=0.5
laborious -> hard | conf=0.5
onerous -> hard | conf=0.5 not_after=\s+(?:terms|conditions|obligations?|requirements?|duties|burdens?|regulations?|rules|restrictions)\b
    + It was an onerous day for the defence. -> It was a hard day for the defence.
    - The lenders imposed onerous terms on the loan.
straightforward -> easy | conf=0.4
sturdy -> strong | pos=adj conf=0.5 not_after=\s+(?:boots?|shoes?|frames?|tables?|furniture|construction|build|box|boxes|wooden|legs|handle)\b
    + Exports made a sturdy start to the year. -> Exports made a strong start to the year.
    - Wear sturdy boots on the mountain path.
gradual -> slow | pos=adj forms=JJ conf=0.4
younger -> young | conf=0.35 not_after=\s+than\b not_before=\b(?:much|even|far|slightly|a\s+little|a\s+bit|years|decades|his|her|their|the)\s+
    + The club relies on younger players from its academy. -> The club relies on young players from its academy.
    - She is two years younger than her brother.
wholesome -> healthy | conf=0.5
glorious -> excellent | conf=0.45
horrible -> terrible | conf=0.35
indignant -> angry | conf=0.5
unhappy -> sad | conf=0.35
stunned -> surprised | conf=0.35
completely happy -> happy | conf=0.6
blissful -> happy | conf=0.5
apprehensive -> worried | conf=0.5
uncommon -> unusual | conf=0.5
distinctive -> unique | conf=0.4
low cost -> cheap | conf=0.5 not_after=\s+(?:airlines?|carriers?|housing|loans?|funds?|index|option|alternative|model|provider)\b
    + The fabric is low cost and easy to wash. -> The fabric is cheap and easy to wash.
    - Low cost airlines added routes this summer.
costly -> expensive | conf=0.4
wealthy -> rich | conf=0.35
wholesome meals -> healthy food | gate=always conf=0.95
lovely -> beautiful | conf=0.35
glorious climate -> excellent weather | gate=always conf=0.95
doable -> possible | conf=0.5 not_after=\s+(?:for|with)\b
    + Officials said a deal was still doable this week. -> Officials said a deal was still possible this week.
    - The climb is doable for most walkers.
obtainable -> available | conf=0.45
comparable -> similar | conf=0.35
completely different -> different | conf=0.5
totally different -> different | conf=0.45
sufficient -> enough | conf=0.5 not_after=\s+(?:evidence|grounds|conditions?|condition|statistic|proof)\b
    + There is not sufficient money to finish the road. -> There is not enough money to finish the road.
    - The court found sufficient evidence to proceed.
subsequent -> next | gate=always conf=0.92 after=\s+(?:week|month|weekend|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|12\s+months|yr)\b not_before=\b(?:the|a|each|every|in\s+the|during\s+the|throughout\s+the|over\s+the|within\s+the|by\s+the|on\s+the)\s+ id=news:subsequent->next.time
    + Voters go to the polls subsequent week. -> Voters go to the polls next week.
    - The results were revised in the subsequent week.
seemingly -> likely | gate=always conf=0.9 before=\b(?:is|are|was|were|be|been|seem|seems|more|most|less|least|not|very|quite|highly|also)\s+ after=\s+to\b
    + Rates are seemingly to rise again in May. -> Rates are likely to rise again in May.
    - The road was seemingly endless.
prone to -> likely to | conf=0.8 after=\s+(?:be|have|get|make|take|see|rise|fall|increase|decrease|lower|improve|continue|remain|stay|come|go|lead|face|cause|hit|push|weigh|happen|occur|vote|win|lose|grow|slow|boost|enhance|ease|keep|preserve|prove|need|want|require|draw|spark|set|add)\b
    + Prices are prone to rise further next year. -> Prices are likely to rise further next year.
    - The coast is prone to flooding.
more prone to -> more likely to | conf=0.5 not_after=\s+(?:flooding|floods|fires?|injury|injuries|infection|infections|disease|diseases|errors?|attacks?|theft|accidents?|depression|anxiety|erosion|damage)\b
    + Older drivers are more prone to stop at night. -> Older drivers are more likely to stop at night.
    - Older houses are more prone to flooding.
# -- nouns
prospects -> customers | conf=0.5 not_before=\b(?:job|career|employment|growth|economic|financial|election|electoral|promotion|long-term|future|bright|good|poor|dim|dimming|bleak|brighter|medal|title|playoff|survival|recovery|peace|export|business|its|his|her|their|the\s+\w+'s|the\s+\w+’s|of|improved|improving|uncertain)\s+ not_after=\s+(?:for|of|that|are\s+(?:good|poor|bleak|dim|bright)|look|looked|looks)\b
    + The bank wrote to prospects about the new fees. -> The bank wrote to customers about the new fees.
    - The prospects for growth are poor.
    - His job prospects improved.
clients -> customers | conf=0.3
gamers -> players | conf=0.5 not_before=\b(?:video|online|on-line|PC|pc|console|mobile|casual|hardcore|serious|young)\s+
    + Both gamers were booked in the first half. -> Both players were booked in the first half.
    - Video gamers bought the console in large numbers.
participant -> player | conf=0.35
recreation -> game | conf=0.4 not_before=\b(?:outdoor|public|leisure|sport\s+and|sports\s+and|parks\s+and|and)\s+ not_after=\s+(?:centre|center|centres|centers|ground|grounds|area|areas|facilities|facility|department|and\s+(?:leisure|sport|sports|culture|parks))\b
    + The recreation ended in a draw. -> The game ended in a draw.
    - The town built a new recreation centre.
video games -> games | conf=0.45 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the\s+last|the\s+final|the\s+next|the\s+first|all|both|consecutive|straight|successive|remaining|league|home|away|their\s+last|their\s+next|his\s+last|her\s+last)\s+
    + They have won four of their last six video games. -> They have won four of their last six games.
    - The shop sells video games and consoles.
struggle -> war | pos=noun forms=NN conf=0.4 not_before=\b(?:power|energy|internal|inner|long|daily|constant|ongoing|political|personal|mental|financial|a|her|his|their|my|our)\s+ not_after=\s+(?:to|for|with|against)\b
    + The struggle in Ukraine entered its third year. -> The war in Ukraine entered its third year.
    - It was a struggle to pay the rent.
menace -> threat | conf=0.5
meals -> food | conf=0.4
physician -> doctor | pos=noun conf=0.4
trainer -> teacher | pos=noun conf=0.35 not_before=\b(?:personal|fitness|horse|racehorse|dog|head|assistant|athletics|conditioning|goalkeeping|the\s+horse's)\s+
    + She worked as a trainer at the village school. -> She worked as a teacher at the village school.
    - His personal trainer ran with him.
lecturers -> teachers | conf=0.45 not_before=\b(?:university|college|senior|visiting|guest|law|history|medical)\s+
    + Lecturers at state schools will strike. -> Teachers at state schools will strike.
    - University lecturers voted to strike.
insurance policies -> policies | conf=0.5 not_after=\s+(?:for|against|covering|that\s+cover)\b
    + The party's insurance policies on housing were popular. -> The party's policies on housing were popular.
    - Home insurance policies that cover floods cost more.
resolution -> decision | conf=0.35 not_before=\b(?:United\s+Nations|UN|U\.N\.|Security\s+Council|Safety\s+Council|high|low|screen|draft|non-binding|binding|conflict|dispute|New\s+Year's?)\s+ not_after=\s+(?:condemning|calling|demanding|urging|of\s+the\s+(?:dispute|conflict|crisis|case))\b
    + The resolution to raise rates surprised markets. -> The decision to raise rates surprised markets.
    - The Security Council passed a resolution condemning the attack.
settlement -> agreement | conf=0.35
convention -> conference | conf=0.4
undertaking -> project | pos=noun conf=0.5 not_after=\s+(?:to|that|not\s+to|from|by)\b not_before=\b(?:an|a\s+(?:legal|written|formal|binding)|written|legal|binding|formal|no)\s+
    + The bridge undertaking will cost $2 billion. -> The bridge project will cost $2 billion.
    - He gave an undertaking to repay the loan.
end result -> result | pos=noun conf=0.5
consequence -> result | conf=0.3
outcomes -> results | conf=0.35
impression -> impact | pos=noun conf=0.4 not_before=\b(?:the|a|an|first|false|good|bad|wrong|clear|strong|lasting|general|overall|distinct|artist's|favourable|favorable|positive|negative)\s+ after=\s+(?:on|of)\b
    + Officials assessed its impression on farmers. -> Officials assessed its impact on farmers.
    - The speech gave the impression of panic.
adjustments -> changes | conf=0.4
modifications -> changes | conf=0.35
progress -> growth | conf=0.35 before=\b(?:economic|financial|wage|job|jobs|revenue|sales|gross\s+sales|earnings|population|inhabitants|credit|GDP|export|exports|productivity|profit|income|annual|annualised|annualized|quarterly|yearly|strong|sturdy|sluggish|slow|gradual|weak|modest|robust|rapid|speedy|fast|quick|stable|global|world|international)\s+
    + Wage progress slowed to 4 percent. -> Wage growth slowed to 4 percent.
    - The talks made slow progress on the text.
improvement -> development | conf=0.3
traders -> investors | conf=0.35
finances -> budget | conf=0.35 before=\b(?:the|a|its|their|his|her|annual|yearly|national|nationwide|state|federal|city|metropolis|council|defence|defense|military|navy|education|training|health|well\s+being|draft|emergency|spring|autumn|fall|proposed|new)\s+ not_after=\s+of\b
    + The finance minister will present the finances on Wednesday. -> The finance minister will present the budget on Wednesday.
    - The club's finances are in poor shape.
value -> cost | conf=0.3 not_before=\b(?:total|complete|p|optimal|ideal|predictive|prescient|parameter|boundary|singular|particular|solitary|market|face|book|fair|net|present|shareholder|nutritional|intrinsic|absolute|good|great|real|residual|expected|critical|threshold|default|its|their|his|her)\s+ not_after=\s+(?:function|decomposition|work|for\s+money|chain|added|judgments?|judgements?|system|systems)\b
    + Officials blamed the value of fuel for the fall. -> Officials blamed the cost of fuel for the fall.
    - The p value was small.
costs -> prices | conf=0.6 evidence=no not_before=\b(?:operating|working|computational|labour|labor|borrowing|running|legal|fixed|mounted|transaction|production|manufacturing|shipping|transport|health|healthcare|medical|financing|staff|staffing|wage|employment|input|capital|compliance|court|care|hidden|extra|additional|other|its|their|his|her|the\s+full|full|total|complete|cut|reduce|lower)\s+
    + Food costs rose by 9 percent. -> Food prices rose by 9 percent.
    - Operating costs rose by 9 percent.
charge -> rate | pos=noun gate=always conf=0.9 before=\b(?:unemployment|inflation|mortgage|growth|progress|birth|start|death|mortality|crime|infection|an\s+infection|vaccination|participation|jobless|fertility|poverty|literacy|success|survival|response|conversion|employment|occupancy|hospitalisation|hospitalization|positivity|savings|financial\s+savings|benchmark|repo|lending|borrowing|policy|coverage|funds)\s+
    + The unemployment charge fell to 3.9 percent. -> The unemployment rate fell to 3.9 percent.
    + Mortgage charges rose again. -> Mortgage rates rose again.
    - The bank added a service charge.
employees -> workers | conf=0.35 not_before=\b(?:authorities|government|federal|public|state|civil|city|council|company|bank|its|their|his|her|our|the\s+company's|full-time|part-time|salaried)\s+
    + Health care employees went on strike. -> Health care workers went on strike.
    - Its employees were paid late.
supervisor -> manager | pos=noun conf=0.35
aim -> goal | pos=noun gate=always conf=0.9 before=\b(?:scored|scoring|scores|score|conceded|conceding|concedes|concede|netted|nets|net|winning|opening|equalising|equalizing|injury-time|stoppage-time|disallowed|late|headed|header)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?
    + Moretti scored a aim in the second half. -> Moretti scored a goal in the second half.
    + The winning aim came late. -> The winning goal came late.
    - Their aim is to win the league.
objective -> goal | pos=noun gate=always conf=0.9 before=\b(?:scored|scoring|scores|score|conceded|conceding|concedes|concede|netted|nets|net|winning|opening|equalising|equalizing|injury-time|stoppage-time|disallowed|headed)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?
    + She scored a objective after ten minutes. -> She scored a goal after ten minutes.
    - The main objective is to win.
factors -> points | gate=always conf=0.9 before=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty)\s+ after=\s+(?:behind|clear|ahead|adrift|off\s+the|from\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:games|video\s+games|matches))\b
    + The result leaves them two factors behind the leaders. -> The result leaves them two points behind the leaders.
    - Two factors explain the fall in sales.
file -> record | gate=always conf=0.93 after=\s+(?:excessive|highs?|lows?|ranges|quantity|revenue|earnings|gross\s+sales|turnout|temperatures?|warmth|crowds?|books|12\s+months|haul|fifth|sixth|seventh|eighth|ninth|tenth|third|fourth|summer|winter|spring|autumn|season|quarter|month|weekend|year|profit|profits|demand|heat|rainfall|deficit|surplus|inflows|outflows|attendance|enrollment|enrolment)\b
    + Shares closed at a file excessive on Friday. -> Shares closed at a record excessive on Friday.
    + Turnout hit a file low. -> Turnout hit a record low.
    - Open the file and save it.
file -> record | gate=always conf=0.9 before=\b(?:world|all-time|Olympic|club|course|track|observe|broke\s+the|breaks\s+the|break\s+the|broken\s+the|equalled\s+the|equaled\s+the|smashed\s+the|shattered\s+the|a\s+new\s+world|criminal|felony|voting|attendance)\s+ id=news:file->record.set
    + She set a world file in the final. -> She set a world record in the final.
    + He has a felony file. -> He has a felony record.
    - She saved a new file to the drive.
larger -> higher | conf=0.35
mom -> mother | conf=0.35
spouse -> wife | conf=0.35
automobile -> car | pos=noun conf=0.35
autos -> cars | conf=0.45
highway -> road | pos=noun conf=0.3
downside -> problem | pos=noun conf=0.4 not_before=\b(?:the|limited|little|significant|further|more|any|big|main|only|potential)\s+ not_after=\s+(?:risks?|protection|scenario|is\s+that|of)\b
    + A downside with the pumps was fixed. -> A problem with the pumps was fixed.
    - Investors worry about downside risks.
drawback -> problem | pos=noun conf=0.4
query -> question | pos=noun conf=0.4 not_before=\b(?:search|database|SQL|sql|user|web|a\s+search)\s+
    + She asked a query about the plan. -> She asked a question about the plan.
    - Type a search query in the box.
attempt -> try | pos=verb forms=VB conf=0.3
suppose -> think | pos=verb forms=VB,VBZ,VBG conf=0.4 not_before=\b(?:I|we|let's|let\s+us|you)\s+ not_after=\s+(?:to|so)\b
    + Many analysts suppose the bank will wait. -> Many analysts think the bank will wait.
    - It is supposed to rain later.
vital -> important | conf=0.4 not_after=\s+(?:signs?|organs?|statistics|records)\b
    + It is a vital step for the peace process. -> It is an important step for the peace process.
    - Nurses checked his vital signs.
primary -> main | conf=0.3 not_before=\b(?:the|a|Democratic|Republican|presidential|state|party|open|closed)\s+
    + Its primary office is in Lyon. -> Its main office is in Lyon.
    - He won the Democratic primary in June.
current -> recent | conf=0.35 after=\s+(?:months|weeks|days|years|decades|times|history|polls|surveys|studies|research|data|knowledge|figures|events|developments|months'|weeks')\b not_before=\bthe\s+
    + Prices have climbed in current months. -> Prices have climbed in recent months.
    - The current figures are provisional.
nevertheless -> however | conf=0.4
enable -> allow | pos=verb conf=0.35
permit -> allow | pos=verb forms=VB,VBZ,VBG conf=0.4 not_after=\s+(?:holders?|applications?|fees?|system|scheme)\b
    + The new rules permit banks to lend more. -> The new rules allow banks to lend more.
    - Permit holders may park here.
compel -> force | pos=verb forms=VBD,VBN conf=0.45
considerations -> concerns | conf=0.5 not_before=\b(?:practical|ethical|political|commercial|financial|legal|budgetary|strategic|technical|security|safety|cost|environmental|health|other|such|these|those|similar)\s+
    + Residents raised considerations about the noise. -> Residents raised concerns about the noise.
    - Cost considerations shaped the design.
massive -> large | conf=0.3
explicit -> particular | conf=0.45 not_after=\s+(?:content|lyrics|images|material|photos|photographs|videos|language|consent|instructions|permission|reference|references|warning|warnings|guarantee|support|mention|ban|rules?|terms)\b
    + The plan has one explicit weakness. -> The plan has one particular weakness.
    - The site hosts explicit content.
primarily based -> based | conf=0.55
based mostly -> based | gate=always conf=0.9
targeted -> focused | conf=0.3
for instance -> for example | conf=0.3
corresponding to -> such as | conf=0.5 before=,\s+ not_after=\s+(?:a|an|the)\s+(?:rise|fall|drop|increase|decrease|reduction|decline|change|loss|gain)\b
    + It sells fruit, corresponding to apples and pears. -> It sells fruit, such as apples and pears.
    - The fee rose 2 percent, corresponding to a rise of $40.
akin to -> such as | conf=0.6 before=,\s+
    + Big cities, akin to Paris and Rome, saw protests. -> Big cities, such as Paris and Rome, saw protests.
    - The effect was akin to a tax rise.
with a view to -> in order to | conf=0.6 not_after=\s+(?:\w+ing)\b
    + The bank cut rates with a view to support growth. -> The bank cut rates in order to support growth.
    - They met with a view to reaching a deal.
in consequence -> as a result | conf=0.5
concurrently -> at the same time | conf=0.35
lastly -> finally | conf=0.45
not less than -> at least | conf=0.5 not_before=\b(?:of|for|period|term|sentence|fine|rent|amount|sum|price|age|aged|notice)\s+
    + Not less than 30 people died in the flood. -> At least 30 people died in the flood.
    - Tenants must give notice of not less than two months.
in any respect -> at all | conf=0.6 before=\b(?:not|no|nothing|none|never|any|hardly|barely|little)\b.{0,40}
    + He did not comment in any respect on the report. -> He did not comment at all on the report.
    - The plan is, in any respect, a good one.
to date -> so far | conf=0.3
for the primary time -> for the first time | gate=always conf=0.95
for the primary time in -> for the first time in | gate=always conf=0.97
prior to now -> in the past | conf=0.6
sooner or later -> in the future | conf=0.35
in the present day -> today | conf=0.5 not_after=\s+(?:world|era|context|day\s+and\s+age)\b
    + The minister will visit the site in the present day. -> The minister will visit the site today.
    - Such methods are still used in the present day world.
at all times -> always | conf=0.35
by no means -> never | conf=0.35
lower than -> less than | conf=0.45 after=\s+(?:\$|£|€)?\d|\s+(?:half|a\s+(?:third|quarter|fifth|year|month|week|day|decade)|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\b not_before=\b(?:much|far|slightly|even|a\s+lot|no)\s+
    + Turnout was lower than 40 percent in some areas. -> Turnout was less than 40 percent in some areas.
    - Turnout was much lower than 40 percent.
truly -> actually | conf=0.35
primarily -> mainly | conf=0.3
utterly -> completely | conf=0.4
instantly -> immediately | conf=0.4
as an alternative -> instead | conf=0.6 after=\s*[.,;)]|\s*$ not_before=\b(?:used|use|uses|offered|offers|offer|seen|serve|serves|served|proposed|propose|proposes|acts|act|acted|suggested|suggest|suggests|chose|choose|chosen|considered|consider|emerged|emerges|emerge|presented|present|presents|promoted|promote|promotes|marketed|billed|pitched|sold|as|an|the|a)\s+
    + Officials chose to wait as an alternative. -> Officials chose to wait instead.
    - It is sold as an alternative.
as a substitute -> instead | conf=0.6 after=\s*[.,;)]|\s*$ not_before=\b(?:used|use|uses|serve|serves|served|acts|act|acted|as|a|the|an|came\s+on|brought\s+on|on)\s+
    + Many voters stayed home as a substitute. -> Many voters stayed home instead.
    - The striker came on as a substitute.
together with -> including | conf=0.5 before=,\s+ not_after=\s+(?:his|her|their|its|my|your|our)\s+(?:wife|husband|son|daughter|family|partner|children|youngsters|parents)\b
    + Several firms, together with Apple and Sony, cut prices. -> Several firms, including Apple and Sony, cut prices.
    - He arrived, together with his wife, on Monday.
embody -> include | pos=verb conf=0.5 not_after=\s+(?:the\s+(?:spirit|values|ideals|essence|best|worst)|everything|what)\b
    + The measures embody a cap on rents. -> The measures include a cap on rents.
    - He came to embody the spirit of the age.
# -- verbs
begin -> start | pos=verb conf=0.4
preserve -> keep | pos=verb forms=VB,VBZ,VBG conf=0.4
depart -> leave | pos=verb forms=VB,VBZ,VBG conf=0.5 not_after=\s+from\b
    + He will depart the club at the end of the season. -> He will leave the club at the end of the season.
    - The flight will depart from Gate 4.
minimize -> cut | pos=verb forms=VB,VBZ,VBG conf=0.4
shut -> close | pos=verb forms=VB,VBZ,VBG conf=0.35
transfer -> move | pos=verb forms=VB,VBZ,VBG conf=0.35 not_before=\b(?:technology|know-how|data|information|heat|warmth|energy|vitality|power|knowledge|money|cash|wire|bank|balance|the|a|record|club-record|free|loan|peaceful)\s+ not_after=\s+(?:learning|function|protocol|window|fee|fees|market|request|deadline|of\s+power|payments?)\b
    + The firm will transfer its base to Dublin. -> The firm will move its base to Dublin.
    - The transfer window closes on Friday.
flip -> turn | pos=verb forms=VB,VBZ,VBG conf=0.4
confront -> face | pos=verb forms=VBD,VBZ conf=0.4
occur -> happen | pos=verb conf=0.3
perceive -> understand | pos=verb forms=VB,VBZ,VBG conf=0.45
overlook -> forget | pos=verb forms=VB conf=0.35
select -> choose | pos=verb conf=0.3
settle for -> accept | pos=verb conf=0.5
counsel -> suggest | pos=verb forms=VB,VBZ conf=0.35 before=\b(?:data|figures|studies|surveys|polls|results|findings|reports|analysts|experts|these|which)\s+
    + The figures counsel that demand is cooling. -> The figures suggest that demand is cooling.
    - Lawyers will counsel the family.
forestall -> prevent | pos=verb conf=0.5
keep away from -> avoid | pos=verb conf=0.5 not_after=\s+(?:the\s+)?(?:edge|water|fire|flames|children|kids|youngsters|pets|animals|the\s+area)\b
    + Investors keep away from risky bonds. -> Investors avoid risky bonds.
    - Keep away from the edge of the cliff.
rely upon -> depend on | pos=verb conf=0.45
identify that -> point out that | pos=verb forms=VBD,VBZ conf=0.55
    + Critics identified that the plan had no funding. -> Critics pointed out that the plan had no funding.
obtain -> receive | pos=verb conf=0.4 not_after=\s+by\b
    + Pensioners will obtain the payment in May. -> Pensioners will receive the payment in May.
    - Documents obtained by the paper show the plan.
# -- more of the same, second batch
a number of -> several | conf=0.5 not_after=\s+(?:times|occasions|instances|ways|reasons|factors|things|issues|points|people|individuals)\b
    + A number of ministers resigned on Friday. -> Several ministers resigned on Friday.
    - The plan failed for a number of reasons.
presents -> shows | conf=0.4 not_before=\b(?:also|and|which|who|that)\s+ not_after=\s+(?:a|an|the|his|her|their|its)\s+(?:award|awards|prize|prizes|show|programme|program|gift|gifts|case|report|plan|budget|bill)\b
    + The chart presents a steady fall in sales. -> The chart shows a steady fall in sales.
    - The minister presents the budget on Wednesday.
occasions -> times | gate=always conf=0.9 not_before=\bon\s+(?:\S+\s+)? after=\s+(?:a|per|each|every)\s+(?:day|week|month|year|12\s+months|season|decade)|\s+(?:more|larger|higher|greater|bigger|smaller|faster|sooner|quicker|as\s+(?:many|much|high|large|likely|big|fast))\b
    + The disease is three occasions more common in men. -> The disease is three times more common in men.
    + She trains five occasions a week. -> She trains five times a week.
    - On three occasions more police arrived.
at occasions -> at times | gate=always conf=0.95
complete of -> total of | gate=always conf=0.97 before=\b(?:a|the)\s+ after=\s+(?:\$|£|€)?\d
    + A complete of 40 people were hurt. -> A total of 40 people were hurt.
    - It was the complete of the works.
as a half of -> as part of | gate=always conf=0.95
affiliation -> association | conf=0.5 not_before=\b(?:political|party|religious|tribal|institutional|academic|university|group|gang|his|her|their|its)\s+ not_after=\s+(?:with|to)\b
    + The Football Affiliation fined the club. -> The Football Association fined the club.
    - His political affiliation was never clear.
inside -> within | conf=0.7 after=\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|hours|days|weeks|months|years|minutes|seconds|the\s+(?:next|past|last|final|first|coming|subsequent))\s+(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|12\s+months|yr)\b|\s+(?:hours|days|weeks|months|minutes|seconds)\s+of\b
    + Results are expected inside 48 hours. -> Results are expected within 48 hours.
    - She waited inside the house.
notably -> particularly | conf=0.3
at house -> at home | gate=always conf=0.9 not_after=\s+(?:of|parties|party|prices|music|level|no\.?|number|\d)\b not_before=\b(?:the|a|full|open|White|Government|Downing|Lambeth|Buckingham)\s+
    + Most of them worked at house during the lockdown. -> Most of them worked at home during the lockdown.
    - We met at house parties in the summer.
mannequin -> model | pos=noun conf=0.6 not_before=\b(?:shop|store|retailer|display|window|fashion|plastic|dressed|dressmaker's|CPR|wooden|naked|headless|a\s+shop)\s+ not_after=\s+(?:challenge|dressed|in\s+a\s+(?:shop|store|window))\b
    + The new enterprise mannequin relies on subscriptions. -> The new enterprise model relies on subscriptions.
    - A shop mannequin stood in the window.
components -> parts | conf=0.3
appears -> seems | conf=0.3
years outdated -> years old | gate=always conf=0.97
strain -> pressure | pos=noun forms=NN conf=0.45 id=news:strain->pressure.plain
excessive -> high | conf=0.4 id=news:excessive->high.plain
final -> last | conf=0.4 id=news:final->last.plain not_before=\b(?:the|a|its|their|his|her|this|that|in\s+the|into\s+the|semi|quarter|cup|FA\s+Cup|World\s+Cup|grand|play-off|playoff)\s+
    + The talks broke down final month. -> The talks broke down last month.
    - They reached the final in May.
known as for -> called for | gate=always conf=0.95
nevertheless -> however | conf=0.55 id=news:nevertheless->however.start before=(?:\A|[.!?]["”’]?\s+|\n) after=\s*,
    + Nevertheless, the plan failed. -> However, the plan failed.
    - He was tired but carried on nevertheless.
# -- third batch: swaps whose context gives them away
lengthy earlier than -> long before | gate=always conf=0.97
decrease -> lower | conf=0.4 id=news:decrease->lower.plain
brief -> short | conf=0.4 id=news:brief->short.plain
# -- fourth batch: forms that give themselves away, and more everyday swaps
Wall Avenue -> Wall Street | gate=always conf=0.97 case=exact
local weather change -> climate change | gate=always conf=0.97
local weather disaster -> climate crisis | gate=always conf=0.97
pure fuel -> natural gas | gate=always conf=0.97
social gathering -> party | pos=noun gate=always conf=0.93 before=\b(?:ruling|opposition|political|Labour|Conservative|Democratic|Republican|Communist|Liberal|Green|governing|far-right|far-left|centre-right|centre-left|center-right|center-left|nationalist|populist|coalition|junior\s+coalition|main\s+opposition|the\s+prime\s+minister's|the\s+president's|his|her|their)\s+
    + The opposition social gathering won the vote. -> The opposition party won the vote.
    - The annual social gathering drew 200 guests.
actual property -> real estate | gate=always conf=0.93 after=\s+(?:market|markets|agent|agents|agency|developer|developers|firm|firms|company|companies|sector|business|enterprise|costs|prices|investment|investments|funding|group|investor|investors|traders|mogul|tycoon|transactions?|gross\s+sales|sales|trade|industry|brokers?|portfolio|bubble|crisis|disaster|loans?|tax|values)\b
    + The actual property market cooled this year. -> The real estate market cooled this year.
    - The actual property of the estate was small.
decide -> judge | pos=noun gate=always conf=0.92 before=\b(?:the|a|federal|district|circuit|appeals|presiding|trial|magistrate|bankruptcy|high\s+court|supreme\s+court|Excessive\s+Courtroom|U\.S\.|US|a\s+federal|a\s+district)\s+ not_after=\s+(?:to|whether|if|how|what|which|who|when|where|on|upon|between|for|against|the|a|an|that|it|this|these|their|his|her)\b
    + A federal decide ruled that the ban was unlawful. -> A federal judge ruled that the ban was unlawful.
    - The court will decide whether the ban was lawful.
    - It is hard to decide the outcome.
take a look at -> test | gate=always conf=0.93 before=\b(?:a|the|blood|drug|DNA|covid|Covid|COVID|coronavirus|PCR|nuclear|missile|stress|driving|eye|pregnancy|antigen|rapid|speedy|fast|constructive|optimistic|damaging|detrimental|negative|positive|crash|litmus|entrance|doping|breath|urine|lateral\s+flow)\s+ not_after=\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|your|how|what|why|at|it)\b
    + A blood take a look at showed the virus. -> A blood test showed the virus.
    - Let us take a look at the figures.
    - Take a look at the figures below.
preventing -> fighting | gate=always conf=0.92 before=\b(?:heavy|fierce|intense|renewed|ongoing|street|bitter|fresh|sporadic|deadly|intensified|weeks\s+of|days\s+of|months\s+of|years\s+of)\s+
    + Heavy preventing was reported near the city. -> Heavy fighting was reported near the city.
    - The plan aims at preventing fraud.
gained -> won | gate=always conf=0.9 after=\s+(?:the|a|an|his|her|their|its)\s+(?:match|game|recreation|title|election|race|championship|cup|final|vote|award|prize|gold|silver|bronze|medal|trophy|contest|nomination|primary|tournament|event|bid|appeal|lawsuit|case|battle|war|struggle|Oscar|Grammy|Nobel)\b|\s+(?:gold|silver|bronze|re-election|reelection|\d+\s*-\s*\d+|by\s+\d)\b
    + She gained the final in straight sets. -> She won the final in straight sets.
    - The party gained ground in the north.
years previous -> years old | conf=0.85 before=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\s+ not_after=\s+(?:to|had|have|has)\b
    + The victim was 34 years previous. -> The victim was 34 years old.
    - In the two years previous to the merger, sales fell.
on the very least -> at the very least | gate=always conf=0.95
tens of hundreds -> tens of thousands | gate=always conf=0.95
give attention to -> focus on | pos=verb conf=0.6
be sure that -> make sure | conf=0.5
speak about -> talk about | pos=verb conf=0.45
out there -> available | conf=0.7 before=\b(?:is|are|was|were|be|been|being|made|become|became|becomes|remain|remains|remained|now|widely|freely|readily|still|not|already|currently|presently|publicly|commercially)\s+ after=\s+(?:to|for|on|from|through|via|online|on-line)\b
    + The vaccine is now out there to all adults. -> The vaccine is now available to all adults.
    - The truth is out there in the data.
rapidly -> quickly | conf=0.35
pressured -> forced | conf=0.35
protected -> safe | conf=0.3
individual -> person | pos=noun conf=0.35 not_after=\s+(?!(?:is|was|has|does|says|as|his|its|this|thus|plus|always|perhaps|unless|whereas|besides|across|towards)\b)[a-z]+s\b
    + Each individual is screened. -> Each person is screened.
    - Individual investors sold.
noticed -> saw | conf=0.4
determined -> decided | conf=0.35 not_before=\b(?:is|are|was|were|be|been|being|more|most|very|so|too|a|the|equally|still)\s+
    + The board determined to sell the unit. -> The board decided to sell the unit.
    - She was determined to win.
arrange -> set up | pos=verb conf=0.35
faculty -> school | conf=0.35 not_before=\b(?:university|college|the\s+university's|medical|law|arts|science|sciences|engineering)\s+ not_after=\s+(?:members?|of\s+(?:medicine|law|arts|science|engineering)|staff)\b
    + The faculty will reopen on Monday after the storm. -> The school will reopen on Monday after the storm.
    - Faculty members at the university voted to strike.
disaster -> crisis | conf=0.35
combating -> fighting | conf=0.4
ballot -> poll | pos=noun conf=0.4
officer -> official | id=news:officer->official.title pos=noun forms=NNS conf=0.8 before=\b(?:government|authorities|Justice|Treasury|Trump|Biden|Defense|Defence|Interior|Beijing|Moscow|Kyiv|Tehran|Washington|provincial|administration|prime|high-ranking|excessive-ranking|native|state|federal|metropolis|well\s+being|ministry|Kremlin|Pentagon|White\s+House|White\s+Home|EU|European|U\.S\.|US|American|Chinese|Russian|Ukrainian|Iranian|Israeli|Palestinian|Pakistani|Afghan|Japanese|Korean|British|French|German|Turkish|Syrian|Iraqi|Saudi|Western|administration|company|agency|UN|U\.N\.|NATO|commerce|financial\s+system|economic|financial|industry|enterprise|public|club|league|Olympic|sports|soccer|election|electoral|get\s+together|occasion|party)\s+
    + US officers stated the talks would resume. -> US officials stated the talks would resume.
    - Police officers stated the road was closed.
officer -> official | id=news:officer->official.of pos=noun forms=NNS conf=0.8 after=\s+(?:of|from|at|in|with)\s+(?:the\s+)?(?:ministry|government|authorities|administration|department|agency|commission|company|firm|bank|central\s+bank|European\s+Union|EU|United\s+Nations|UN|party|get\s+together|council|nation|country|Kremlin|Pentagon|White\s+House|White\s+Home|ruling|opposition|World\s+Health|WHO|IMF|International\s+Monetary\s+Fund)\b
    + Officers of the ministry said the plan had stalled. -> Officials of the ministry said the plan had stalled.
    - Officers of the regiment paraded on Sunday.
# ======================================================================
# Fifth batch: the US politics and business vocabulary of the common news spinner
# (House -> Home, former -> previous, special counsel -> particular counsel, events ->
# occasions, students -> scholar, more -> extra, package -> package deal).
# ======================================================================
market worth -> market value | conf=0.8
Home -> House | id=news:home->house.the case=exact gate=always conf=0.92 before=\bthe\s+ after=\s+(?:voted|votes|passed|handed|approved|accepted|authorized|authorised|rejected|will|would|could|has|had|last|final|this|floor|flooring|model|version|invoice|bill|Republicans|Democrats|Speaker|majority|Majority|minority|Minority|GOP|committee|Committee|chamber|members|leaders|management|lawmakers|and\s+(?:Senate|the\s+Senate))\b
    + The Home voted 218-214 on Friday. -> The House voted 218-214 on Friday.
    - The Home Office said the plan was legal.
Home -> House | id=news:home->house.title case=exact gate=always conf=0.95 after=\s+(?:Speaker|Republicans|Democrats|Majority\s+Chief|Majority\s+Leader|Minority\s+Chief|Minority\s+Leader|GOP|Judiciary|Oversight|Intelligence|Appropriations|Ways\s+and\s+Means|Armed\s+Companies|Armed\s+Services|Overseas\s+Affairs|Foreign\s+Affairs|Homeland\s+Safety|Homeland\s+Security|Ethics|Guidelines\s+Committee|Rules\s+Committee|Freedom\s+Caucus|Democratic|Republican|model|invoice|vote|passage|lawmakers|members|leaders|leadership|management|aides|investigators|committee)\b
    + Home Speaker Mike Johnson said the vote would go ahead. -> House Speaker Mike Johnson said the vote would go ahead.
    - Home Depot shares rose.
previous -> former | conf=0.85 after=\s+(?-i:President|Vice\s+President|Prime\s+Minister|Secretary|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Speaker|Chancellor|Minister|Mayor|Attorney|Lawyer|CEO|Chief|Chair|Chairman|Chairwoman|Director|Justice|Judge|Ambassador|Defense|Defence|Treasury|State|Home|House|White\s+House|White\s+Home|Fed|Federal|FBI|CIA|Trump|Biden|Obama|Clinton|Bush|Labour|Conservative|Tory|Democratic|Republican)\b
    + It was a win for previous President Donald Trump. -> It was a win for former President Donald Trump.
    - The previous chapter covered taxes.
particular counsel -> special counsel | gate=always conf=0.97
particular prosecutor -> special prosecutor | gate=always conf=0.97
particular envoy -> special envoy | gate=always conf=0.97
particular election -> special election | pos=noun gate=always conf=0.95
particular session -> special session | pos=noun gate=always conf=0.9
particular operations -> special operations | gate=always conf=0.93
particular forces -> special forces | gate=always conf=0.95
particular grasp -> special master | gate=always conf=0.97
grasp's diploma -> master's degree | pos=noun gate=always conf=0.99
grasp's -> master's | conf=0.8 after=\s+(?:degree|diploma|program|programme|course|student|scholar)\b
    + She is studying for a grasp's course. -> She is studying for a master's course.
    - He lost his grasp's strength.
scholar mortgage -> student loan | pos=noun gate=always conf=0.97
scholar debt -> student debt | gate=always conf=0.97
scholar -> student | pos=noun conf=0.55 not_before=\b(?:Rhodes|Fulbright|Marshall|legal|Islamic|religious|constitutional|visiting|senior|political|biblical|Shakespeare|classics|classical|literary|eminent|distinguished|renowned|noted|respected|leading|Muslim|Jewish|Catholic|Confucian|Talmudic|Koranic|Quranic|a\s+(?:legal|constitutional|religious|visiting|senior))\s+ not_after=\s+(?:of|at\s+the\s+(?:Institute|Center|Centre|Brookings))\b
    + The scholar protests spread to other campuses. -> The student protests spread to other campuses.
    - He is a constitutional scholar at Yale.
    - She is a scholar of medieval law.
paperwork -> documents | conf=0.55 not_after=\s+(?:for|to\s+(?:fill|complete|sign))\b not_before=\b(?:more|less|fill\s+in|fill\s+out|filling\s+in|filling\s+out|the\s+necessary|necessary|excessive|tedious|endless|piles\s+of)\s+
    + Prosecutors filed paperwork showing the deal. -> Prosecutors filed documents showing the deal.
    - Small firms complain about too much tedious paperwork.
package deal -> package | pos=noun gate=always conf=0.95 before=\b(?:aid|assist|help|spending|stimulus|relief|reduction|rescue|sanctions|legislative|tax|funding|financial|economic|military|navy|bailout|infrastructure|security|safety|reform|compensation|pay|wage|benefits|severance|support|loan|mortgage|budget|finances|climate|local\s+weather|$\d[\d,.]*\s+(?:billion|million|trillion)|\d[\d,.]*\s+(?:billion|million|trillion))\s+
    + Congress passed the aid package deal on Friday. -> Congress passed the aid package on Friday.
    - The holiday was sold as a package deal.
package deal -> package | pos=noun conf=0.55 id=news:package_deal->package.plain not_before=\b(?:a|as\s+a|as\s+part\s+of\s+a)\s+
    + The package deal includes $40 billion for Ukraine. -> The package includes $40 billion for Ukraine.
    - They bought the flights as a package deal.
occasions -> events | conf=0.5 not_before=\b(?:on|special|social|formal|rare|state|festive|joyous|happy|family|certain|such|many|numerous|several|some|all|other|those|these|few|two|three|four|five|\d+)\s+(?:\S+\s+)?|\b(?:on|special|social|formal|rare|state|festive|joyous|happy)\s+ not_after=\s+(?:when|where|that|more|a\s+(?:day|week|month|year))\b
    + Campaign occasions in Ohio drew large crowds. -> Campaign events in Ohio drew large crowds.
    - On several occasions he refused to testify.
a number of -> some of | id=news:a_number_of->some_of conf=0.7 after=\s+(?:the|these|those|them|us|its|their|his|her|our|your|which|whom|this|that)\b
    + Here are a number of the lawmakers who voted no. -> Here are some of the lawmakers who voted no.
    - A number of factors played a part.
assist -> aid | pos=noun forms=NN gate=always conf=0.93 before=\b(?:financial|monetary|military|navy|humanitarian|foreign|overseas|international|worldwide|emergency|economic|development|food|meals|disaster|catastrophe|federal|legal|authorized|US|U\.S\.|American|Western|Ukraine|Israel)\s+
    + The bill includes financial assist for farmers. -> The bill includes financial aid for farmers.
    - They called to assist the police.
beneath -> below | id=news:beneath->below.number conf=0.9 after=\s+(?:\$|£|€)?\d|\s+(?:zero|freezing|average|expectations|forecasts|estimates|the\s+(?:average|target|threshold|level|stage|mark|poverty\s+line|goal|objective|aim))\b
    + Gas prices fell beneath $3 a gallon. -> Gas prices fell below $3 a gallon.
    - The cat hid beneath the car.
Individuals -> Americans | case=exact gate=always conf=0.9 before=(?-i:\b[a-z]+[,;:]?)\s+ not_after=['’]s\b|\s+(?:with|who|whose|in\s+(?:need|custody))\b
    + The plan would help working Individuals pay their bills. -> The plan would help working Americans pay their bills.
    - Individuals who apply early get a discount.
household -> family | conf=0.6 before=\b(?:his|her|their|my|our|your|whose|the\s+\w+'s|the\s+\w+’s|royal|the\s+royal)\s+ not_after=\s+(?:income|incomes|debt|debts|spending|goods|items|names|waste|chores|budgets?|survey|appliances|products|size|wealth|savings|consumption|energy|power|bills|payments|finances|staff|employees|chemicals|cleaners|objects|pets|members)\b
    + He said goodbye to his household on Friday. -> He said goodbye to his family on Friday.
    - Their household income fell sharply.
get together -> party | id=news:get_together->party.plain conf=0.7 not_before=\b(?:to|will|would|can|could|we|they|you|I|should|often|usually|never|always|might|must|let's|friends|families|people|folks|to\s+\w+\s+and)\s+ not_after=\s*[.,;!?]|\s+(?:with|at|to|for|again|in\s+(?:the|a)\s+(?:evening|morning|afternoon|summer)|over|and|together|every|once|twice|regularly|soon)\b
    + The get together's nominee won the primary. -> The party's nominee won the primary.
    - We often get together with friends at weekends.
spending payments -> spending bills | gate=always conf=0.95
appropriations payments -> appropriations bills | gate=always conf=0.97
funding payments -> funding bills | conf=0.7
economic system -> economy | id=news:economic_system->economy.spun conf=0.6 not_before=\b(?:an|a|the\s+(?:global|world|international|capitalist|socialist|communist|market|Soviet|feudal))\s+ not_after=\s+(?:based|that|which|in\s+which|of|where)\b
    + The economic system grew 2 percent last year. -> The economy grew 2 percent last year.
    - Capitalism is an economic system based on markets.
Home -> House | id=news:home->house.end case=exact conf=0.85 before=(?-i:\bthe)\s+ not_after=\s+(?-i:[A-Z])|\s+(?:of|and\s+Away|and\s+Garden|page|web\s+page|display|screen|button)\b|-
    + The bill now heads back to the Home. -> The bill now heads back to the House.
    + A vote within the Home was put off to Friday. -> A vote within the House was put off to Friday.
    - He met the Home Secretary on Monday.
laws -> legislation | id=news:laws->legislation.singular conf=0.85 after=\s+(?:\w+ly\s+)?(?:is|was|has|returns|passes|allocates|includes|contains|provides|requires|gives|makes|says|states|heads|goes|comes|faces|sets|aims|seeks|bans|allows|permits|additionally|also)\b
    + The laws additionally allocates $38 billion for Israel. -> The legislation additionally allocates $38 billion for Israel.
    - The laws are enforced by local councils.
categorized -> classified | gate=always conf=0.92 after=\s+(?:paperwork|documents|supplies|materials|material|cowl|cover|records|briefings?|intelligence|markings|folders|files|info|paperwork|data\s+(?:recovered|seized|found)|information\s+(?:recovered|seized|found))\b
    + Agents found categorized paperwork in a box. -> Agents found classified paperwork in a box.
    - The replies were categorized by age.
cowl -> cover | pos=noun conf=0.6
submitting -> filing | conf=0.75 before=\b(?:the|a|court|court\s+docket|courtroom|DOJ's|DOJ’s|legal|authorized|regulatory|new|latest|securities|bankruptcy|chapter\s+11|[A-Z]\w*'s|[A-Z]\w*’s)\s+ not_after=\s+(?:the|a|an|his|her|their|its|to|that|this|these|those|it|them|of)\b
    + The court docket submitting came on Tuesday. -> The court docket filing came on Tuesday.
    - He is submitting the forms today.
evaluate -> review | pos=noun conf=0.85 before=\b(?:a|the|an|its|their|his|her|ongoing|independent|impartial|judicial|full|thorough|formal|internal|annual|strategic|security|safety|further|additional|Justice\s+Department|DOJ)\s+ not_after=\s+(?:whether|how|what|the|a|an|his|her|their|its|them|it|this|these|those|if|why|and|or|to)\b
    + Such a evaluate of the files would take months. -> Such a review of the files would take months.
    - It is hard to evaluate the risks.
situation -> case | gate=always conf=0.9 after=\s+\d not_after=\s+\d+(?:\.\d+)?\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|percent|per|p\.c|million|billion|times|occasions|instances)\b
    + Health officials said situation 33 was a man of 58. -> Health officials said case 33 was a man of 58.
    - The situation in the city is calm.
border safety -> border security | gate=always conf=0.93
ultimate -> final | conf=0.55 not_after=\s+(?:goal|goals|aim|aims|objective|objectives|purpose|prize|sacrifice|test|price|question|authority|responsibility|beneficiary|beneficiaries|winner|fighting|frisbee|guide|weapon|fate|destination|source|cause|power|truth|insult|irony|expression|example|form|luxury|dream)\b
    + The ultimate vote came at 2 a.m. -> The final vote came at 2 a.m.
    - Their ultimate goal is a ceasefire.
the place -> where | id=news:the_place->where.comma conf=0.8 before=,\s+ not_after=\s+(?:of|to|for|in|is|was|where|that|which|itself|names?|setting|itself)\b|[.,;]
    + The bill moves to the House, the place Speaker Johnson wants a vote. -> The bill moves to the House, where Speaker Johnson wants a vote.
    - He visited Rome, the place of his birth.
by way of the evening -> through the night | gate=always conf=0.95
by means of the evening -> through the night | gate=always conf=0.95
# -- phrases of the same spinner that no writer produces
corporate -> company | gate=always conf=0.93 before=\b(?:the|a|its|this|that|our|your|their|his|her|every|each|which|whose)\s+ after=\s*(?:[.,;:]|'s\b|’s\b)|\s+(?:stated|said|mentioned|has|had|is|was|will|would|reported|introduced|announced|added|expects|expected|plans|says|states|declined|did|does|didn't|didn’t|also|which|that|employs|instructed|advised|informed|confirmed|fell|rose|grew|lost|made|paid|sold|won|told|gave|took|slid|jumped|dropped|gained|raised|cut)\b
    + The corporate stated its profit rose. -> The company stated its profit rose.
    + Shares in the corporate fell. -> Shares in the company fell.
    - The corporate world is changing fast.
    - The corporate and investment bank grew.
in a single day -> overnight | conf=0.6 not_before=\b(?:all|everything|more\s+than|as\s+much\s+as|twice|once|only|just)\s+ not_after=\s+(?:of|alone)\b
    + Protesters stayed in the square in a single day. -> Protesters stayed in the square overnight.
    - The team played twice in a single day.
in a single day buying and selling -> overnight trading | gate=always conf=0.97
prison investigation -> criminal investigation | pos=noun gate=always conf=0.95
prison costs -> criminal charges | gate=always conf=0.97
prison case -> criminal case | pos=noun gate=always conf=0.9
prison justice -> criminal justice | gate=always conf=0.93
prison probe -> criminal probe | pos=noun gate=always conf=0.95
prison prosecution -> criminal prosecution | pos=noun gate=always conf=0.93
prison referral -> criminal referral | pos=noun gate=always conf=0.95
prison conviction -> criminal conviction | pos=noun gate=always conf=0.93
prison gangs -> criminal gangs | gate=always conf=0.9
textual content -> text | conf=0.7 not_after=\s+(?:analysis|analyses|evidence|criticism|studies|features?|cues?)\b
    + Following is the textual content of the statement. -> Following is the text of the statement.
    - The study relied on textual content analysis.
proof -> evidence | conf=0.5 not_before=\b(?:mathematical|formal|living|burden\s+of|the\s+burden\s+of|bullet|water|fire|shock|rust)\s+ not_after=\s+(?:of\s+(?:concept|age|identity|address|purchase|residence|vaccination|insurance|income|ownership|payment|delivery)|that\s+\w+\s+(?:is|was)\s+(?:possible|true))\b
    + There was no proof of fraud in the count. -> There was no evidence of fraud in the count.
    - Bring proof of identity to the office.
in opposition -> against | gate=always conf=0.9 before=\bvot(?:ed|e|es|ing)\s+ not_after=\s+to\b
    + Two Republicans voted in opposition. -> Two Republicans voted against.
    - She voted in opposition to the bill.
again to -> back to | conf=0.6 before=\b(?:heads|head|headed|heading|send|sends|sent|sending|bring|brings|brought|bringing|go|goes|went|going|come|comes|came|coming)\s+ not_after=\s+the\s+(?:polls|drawing\s+board)\b
    + The bill now heads again to the House. -> The bill now heads back to the House.
    - Voters go again to the polls in May.
strikes to -> moves to | conf=0.6 before=\b(?:now|then|next|bill|invoice|measure|laws|legislation|case|debate|focus|attention|it|fight|battle|race|contest|action)\s+
    + The invoice now strikes to the Senate. -> The invoice now moves to the Senate.
    - The boxer strikes to the head were legal.
In accordance to -> According to | gate=always conf=0.93
get hold of tracing -> contact tracing | gate=always conf=0.97
get hold of tracers -> contact tracers | gate=always conf=0.97
Intelligence Group -> Intelligence Community | case=exact gate=always conf=0.93
bulk chief -> majority leader | gate=always conf=0.97
Reasonable Republicans -> Moderate Republicans | case=exact gate=always conf=0.95
Reasonable Democrats -> Moderate Democrats | case=exact gate=always conf=0.95
the primary time -> the first time | conf=0.85 not_after=\s+(?:slot|slots|zone|frame|period|series)\b
    + It was the primary time the index fell. -> It was the first time the index fell.
    - The primary time slot is at noon.
# ======================================================================
# Sixth batch: markets and finance in the same spinner's words (rate -> fee, cut -> reduce,
# bankruptcy -> chapter, trading -> buying and selling, property -> belongings).
# ======================================================================
Individuals's -> People's | case=exact gate=always conf=0.93
fee -> rate | pos=noun gate=always conf=0.92 before=\b(?:repo|reverse\s+repo|alternate|policy|coverage|benchmark|key\s+coverage|key\s+policy|key\s+lending|inflation|unemployment|jobless|growth|progress|development|birth|start|death|loss\s+of\s+life|mortality|crime|infection|an\s+infection|vaccination|participation|employment|occupancy|savings|financial\s+savings|money\s+market|in\s+a\s+single\s+day|overnight|federal\s+funds|funds|prime|mortgage\s+prime|loan\s+prime|one-year|five-year|ten-year|two-year|10-year|5-year|1-year|2-year|goal|target|curiosity|interest|Official\s+Money|Official\s+Cash)\s+
    + The central bank kept the repo fee at 4 percent. -> The central bank kept the repo rate at 4 percent.
    + Inflation fees rose again. -> Inflation rates rose again.
    - The bank charges a late payment fee.
curiosity price -> interest rate | pos=noun gate=always conf=0.97
interest price -> interest rate | pos=noun gate=always conf=0.9
foundation issues -> basis points | gate=always conf=0.97
reduce -> cut | pos=noun forms=NN conf=0.85 before=\b(?:a|the|this|that|its|their|voluntary|production|manufacturing|output|price|worth|rate|fee|tax|spending|job|jobs|pay|wage|funding|deep|sharp|steep|surprise|shock|further|additional|extra|first|second|latest|newest|biggest|largest|half-point|quarter-point)\s+ not_after=\s+(?:the|a|an|its|their|his|her|our|your|it|them|this|that|these|those|costs?|prices?|emissions|spending|waste|risk|risks|debt|inflation|poverty|crime|taxes|back|down|the\s+risk|to|and|function|functions|object|objects|operation|operations|step|phase|method|task|tasks|job|jobs|call|calls|side)\b
    + OPEC+ agreed a reduce of 1 million barrels a day. -> OPEC+ agreed a cut of 1 million barrels a day.
    - They plan to further reduce the deficit.
    - The plan will reduce costs.
has reduce -> has cut | gate=always conf=0.95
have reduce -> have cut | gate=always conf=0.95
had reduce -> had cut | gate=always conf=0.95
was reduce -> was cut | gate=always conf=0.95
were reduce -> were cut | gate=always conf=0.95
been reduce -> been cut | gate=always conf=0.95
Chapter 11 chapter -> Chapter 11 bankruptcy | gate=always conf=0.99
chapter safety -> bankruptcy protection | gate=always conf=0.97
chapter proceedings -> bankruptcy proceedings | gate=always conf=0.97
chapter submitting -> bankruptcy filing | gate=always conf=0.97
chapter court docket -> bankruptcy court | gate=always conf=0.97
chapter courtroom -> bankruptcy court | gate=always conf=0.97
file for chapter -> file for bankruptcy | pos=verb gate=always conf=0.97
navy -> military | conf=0.8 after=\s+(?:junta|coup|rule|regime|intervention|motion|help|assist|assistance|aid|conscription|tribunal|courts?|dictatorship|takeover|authorities|escalation|buildup|build-up|construct-up|analysts|consultants|specialists|doctrine|tools|gear|hardware|might|alliance|service\s+members|conscripts|operation|operations|offensive|spending|finances|budget|help|assist|installations|infrastructure|targets|aims|goals|objectives|facilities|bases|base\s+in|presence\s+in|officers|leaders|commanders|chiefs|sources|spokesman|spokeswoman|intelligence)\b not_before=\b(?:the|US|U\.S\.|Royal|Russian|Chinese|Indian|Iranian|Japanese|British|French|Israeli|Turkish|Ukrainian|Taiwanese|Korean|Australian|German|Italian|Spanish|Greek|Pakistani|Egyptian|Saudi|Philippine|Vietnamese|his|her|their|its)\s+(?=navy\s+(?:officers|commanders|chiefs|spokesman|spokeswoman|bases|base|installations|facilities|sources|leaders|intelligence))
    + The navy junta seized power in 2021. -> The military junta seized power in 2021.
    - Royal Navy officers boarded the ship.
    - The Russian navy spokesman denied the claim.
crude manufacturing -> crude production | gate=always conf=0.95
manufacturing reduce -> production cut | gate=always conf=0.97
manufacturing ranges -> production levels | gate=always conf=0.97
manufacturing targets -> production targets | conf=0.85
manufacturing quotas -> production quotas | gate=always conf=0.93
prime -> high | conf=0.8 before=\b(?:stay|stays|stayed|remain|remains|remained|very|too|so|extremely|relatively|comparatively|fairly|already|still|historically|unusually|persistently|stubbornly)\s+ not_after=\s+(?:minister|ministers|time|example|suspect|target|location|spot|rib|number|numbers|mover|candidate|focus|concern|real\s+estate|position|seats?|candidates?)\b
    + Risks to the outlook stay prime. -> Risks to the outlook stay high.
    - The location is already prime real estate.
prime -> high | id=news:prime->high.noun conf=0.75 after=\s+(?:inflation|commodity|unemployment|demand|temperatures|winds|tides|borrowing\s+costs|borrowing\s+prices|vitality\s+costs|energy\s+prices|power\s+costs|gas\s+prices|fuel\s+costs|meals\s+costs|food\s+prices|rates\s+of\s+interest)\b
    + Prime inflation has hurt families. -> High inflation has hurt families.
    - The prime suspect was held.
Primary Minister -> Prime Minister | case=exact gate=always conf=0.97
buying and selling -> trading | gate=always conf=0.93 before=\b(?:after-hours|early|late|prolonged|extended|morning|afternoon|Asian|European|US|U\.S\.|New\s+York|London|Tokyo|Hong\s+Kong|premarket|pre-market|electronic|heavy|light|skinny|thin|uneven|volatile|risky|unstable|insider|proprietary|algorithmic|high-frequency|crypto|inventory|stock|bond|forex|commodities|oil|in\s+early|in\s+late|in\s+after-hours|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|day's|session's)\s+
    + Shares rose 10% in after-hours buying and selling. -> Shares rose 10% in after-hours trading.
    - The law covers the buying and selling of used cars.
buying and selling -> trading | id=news:buying_and_selling->trading.after conf=0.85 after=\s+(?:agency|firm|company|home|house|desk|day|days|session|sessions|quantity|volumes?|hours|partner|partners|platform|app|account|accounts|bloc|companions|surplus|deficit|floor|ground|halt|halted|suspended|losses|income|revenue|arm|unit)\b
    + It owns a proprietary buying and selling agency. -> It owns a proprietary trading agency.
    - They ban the buying and selling of ivory.
field workplace -> box office | gate=always conf=0.99
inflation goal -> inflation target | pos=noun gate=always conf=0.95
goal vary -> target range | gate=always conf=0.97
goal fee -> target rate | gate=always conf=0.95
has turn into -> has become | gate=always conf=0.95
have turn into -> have become | gate=always conf=0.95
had turn into -> had become | gate=always conf=0.95
authorized -> legal | gate=always conf=0.9 after=\s+(?:battle|battles|challenge|challenges|motion|motions|action|actions|team|staff|crew|workforce|framework|system|proceedings|case|cases|dispute|disputes|advice|recommendation|counsel|consultants|specialists|experts|obligation|obligations|grounds|precedent|loophole|loopholes|professional|professionals|scholar|scholars|analyst|analysts|constructions|establishment|nonentity|standing|status|limbo|grey\s+area|woes|troubles|hassle|questions|paperwork|filings|briefs|temporary|transient|responsibility|duty|rights|protections|defence|defense|protection|technique|strategy|threats|route|avenue|avenues|hurdles|obstacles|setback|victory|defeat|tender|entity|entities|personhood|definition|wrangling|fight|struggle|minefield|quagmire|saga|opinion|opinions|requirement|requirements|necessities)\b
    + The firm faces a long authorized battle. -> The firm faces a long legal battle.
    - Only authorized personnel may enter.
belongings market -> property market | gate=always conf=0.97
belongings sector -> property sector | gate=always conf=0.97
belongings disaster -> property crisis | gate=always conf=0.97
belongings builders -> property developers | gate=always conf=0.97
belongings drawback -> property problem | gate=always conf=0.95
belongings correction -> property correction | gate=always conf=0.95
mortgage prime fee -> loan prime rate | gate=always conf=0.99
too large to fail -> too big to fail | gate=always conf=0.99
income progress -> revenue growth | gate=always conf=0.97
income -> revenue | conf=0.7 before=\b(?:quarterly|annual|yearly|total|complete|adjusted|web|third-quarter|second-quarter|first-quarter|fourth-quarter|Q1|Q2|Q3|Q4|service|companies|iPhone|promoting|advertising|gross\s+sales|company|firm|corporate|agency|its|the\s+company's|the\s+agency's|the\s+firm's|the\s+corporate's|forecast|reported|record|file|its\s+quarterly|its\s+annual)\s+ not_before=\b(?:household|family|personal|private|disposable|median|average|common|national|nationwide|low|lower|middle|high|larger|fixed|mounted|retirement|rental|tax|taxable|basic|fundamental|universal|guaranteed|her|his|their|your|my|our)\s+(?:\w+\s+)?
    + Nvidia reported quarterly income above forecasts. -> Nvidia reported quarterly revenue above forecasts.
    - Median household income rose last year.
primary -> first | conf=0.85 after=\s+(?:half|quarter|time|week|month|yr|year|12\s+months|spherical|round|leg|section|try|attempt|ever|of\s+its\s+kind|two|three|four|five|few|chipmaker|nation|country|lady|girl|woman|man|participant)\b not_before=\b(?:Democratic|Republican|presidential|party's|the\s+party's|state|open|closed)\s+
    + Growth slowed in the primary half of the year. -> Growth slowed in the first half of the year.
    - He won the Democratic primary in June.
# -- seventh batch: more of the same spinner's fixed swaps, each held to a context
one of many -> one of the | gate=always conf=0.93 after=\s+(?:\w+est|most|best|worst|first|last|few|main|primary|prime|top|leading|key|only|biggest|largest|greatest|fastest|highest|lowest|oldest|richest|poorest|deadliest|busiest)\b
    + It is one of many largest banks in Europe. -> It is one of the largest banks in Europe.
    - It is one of many options on the table.
misplaced -> lost | gate=always conf=0.92 after=\s+(?:\$|£|€)?\d|\s+(?:his|her|their|its|our)\s+(?:job|jobs|seat|seats|life|lives|home|homes|house|title|majority|bid|appeal|case|battle|struggle|fight|lead|place|position|grip|footing|balance|way|sight|temper|mother|father|son|daughter|wife|husband|brother|sister|family|household)\b|\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|p\.c))
    + Shares misplaced 5% on Monday. -> Shares lost 5% on Monday.
    + She misplaced her seat in the election. -> She lost her seat in the election.
    - He misplaced his keys again.
misplaced -> lost | id=news:misplaced->lost.plain conf=0.55 not_after=\s+(?:trust|faith|confidence|optimism|priorities|loyalty|nostalgia|sense|pride|fears?|concerns?|belief|keys|items|documents|paperwork|luggage|modifier|apostrophe|his\s+keys|her\s+keys)\b
    + The company misplaced market share last year. -> The company lost market share last year.
    - Their faith proved misplaced trust in the end.
in the past -> ago | conf=0.85 before=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many|some|a|an|couple\s+of)\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|12\s+months|yr|yrs|centuries)\s+ not_after=\s+(?:of|in|at|when|where|before|the|a|an)\b
    + The plant closed two years in the past. -> The plant closed two years ago.
    - The story is set two years in the past of its heroine.
contemporary -> fresh | gate=always conf=0.9 after=\s+(?:restrictions|sanctions|clashes|talks|violence|assaults|attacks|strikes|protests|fighting|preventing|evidence|proof|elections|lockdowns?|curbs|measures|calls|demands|warnings|fears|concerns|doubts|questions|allegations|accusations|charges|costs|waves?|outbreaks?|cases|circumstances|bout|round|spherical|push|offensive|air\s+strikes|airstrikes|shelling|unrest|setback|blow|impetus|momentum|start|begin|look)\b
    + Police fired tear gas amid contemporary clashes. -> Police fired tear gas amid fresh clashes.
    - The museum shows contemporary art.
Senate ground -> Senate floor | case=exact gate=always conf=0.95
Home ground -> House floor | case=exact gate=always conf=0.95
House ground -> House floor | case=exact gate=always conf=0.93
First Modification -> First Amendment | case=exact gate=always conf=0.99
Second Modification -> Second Amendment | case=exact gate=always conf=0.99
Fifth Modification -> Fifth Amendment | case=exact gate=always conf=0.99
14th Modification -> 14th Amendment | case=exact gate=always conf=0.99
constitutional modification -> constitutional amendment | pos=noun gate=always conf=0.95
pursuits -> interests | conf=0.6 before=\b(?:security|safety|national|nationwide|business|enterprise|commercial|industrial|economic|financial|strategic|vested|Russia's|China's|Russia’s|China’s|American|US|U\.S\.|British|Western|company|corporate|shareholders'|shareholders’|public|particular\s+(?:curiosity|interest)|its|their|his|her|our)\s+ not_after=\s+of\b|\s+(?:such\s+as|like|including)\b
    + Moscow will defend its security pursuits. -> Moscow will defend its security interests.
    - She enjoys outdoor pursuits such as climbing.
non-public -> private | conf=0.6 not_after=\s+(?:information|data|knowledge|info|documents|paperwork|meeting|hearing|session|comment|filings?)\b
    + Musk wanted to take Tesla non-public. -> Musk wanted to take Tesla private.
    - The agency holds non-public information on the deal.
delicate -> sensitive | conf=0.8 after=\s+(?:info|information|data|knowledge|paperwork|documents|materials|supplies|intelligence|military|navy|personal|private|non-public|national\s+security|nationwide\s+safety|technology|know-how|areas|sites|websites|installations|facilities)\b
    + The files held delicate paperwork on the base. -> The files held sensitive paperwork on the base.
    - It was a delicate moment in the talks.
mention -> say | id=news:mention->say.that pos=verb forms=VBD,VBZ conf=0.6 after=\s+(?:that|it|he|she|they|we|there|in\s+(?:a|an)\s+(?:statement|assertion|announcement|press\s+release|press\s+launch|interview|letter|e-mail|email|electronic\s+mail|publish|post|put\s+up))\b not_before=\b(?:was|were|is|are|be|been|being|not|never|also|above|below|previously|earlier|already|briefly|only|as|often|rarely|last|first)\s+
    + The minister mentioned that talks would resume. -> The minister said that talks would resume.
    - The plan was mentioned in the report.
coverage -> policy | id=news:coverage->policy.topic conf=0.8 before=\b(?:financial|monetary|fiscal|economic|overseas|foreign|immigration|trade|commerce|tax|energy|vitality|local\s+weather|climate|public|government|authorities|interest-rate|rate|zero-Covid|covid|Covid|COVID|one-child|nuclear|defence|defense|housing|drug|China|Russia|US|U\.S\.|American|the\s+Fed's|the\s+Fed’s|the\s+bank's|the\s+bank’s|the\s+central\s+bank's|the\s+central\s+bank’s)\s+ not_after=\s+(?:of\s+the|area|areas|gap|gaps|limit|limits)\b
    + The Fed kept its financial coverage steady. -> The Fed kept its financial policy steady.
    - Public coverage of the trial was intense.
elevating -> raising | conf=0.7 after=\s+(?:rates|charges|interest|rates\s+of\s+interest|taxes|costs|prices|the\s+debt|money|cash|funds|capital|concerns|considerations|questions|doubts|fears|the\s+(?:price|value|minimal|minimum|retirement|age|limit|ceiling|cap|bar|stakes))\b
    + The bank is elevating rates of interest again. -> The bank is raising rates of interest again.
    - The crane is elevating the beam.
different -> other | conf=0.6 before=\b(?:and|or|amongst|among)\s+ after=\s+[a-z]+s\b not_after=\s+(?:ways|types|kinds|sorts|forms|versions|views|opinions|approaches|perspectives|backgrounds|cultures|languages|sizes|colours|colors|shapes|styles|levels|stages|angles|results|outcomes|directions|times|places|things)\b
    + Banks and different lenders raised rates. -> Banks and other lenders raised rates.
    - People from many and different backgrounds came.
Chinese language -> Chinese | gate=always conf=0.93 after=\s+(?-i:[A-Z])|\s+(?:authorities|government|officers|officials|firms|companies|corporations|economy|financial\s+system|economic\s+system|central|state|military|navy|army|foreign|overseas|president|leader|chief|banks|exporters|buyers|consumers|customers|market|stocks|shares|yuan|currency|people|individuals|tech|know-how|telecoms|smartphone|carmakers|students|scholar|college|police|court|courtroom|media|lenders|regulators|investors|traders|manufacturers|producers|cities|metropolis|nationals|citizens|warships|vessels|ships|jets|troops|hackers|spy|spies|embassy|consulate|ambassador|diplomat|diplomats)\b
    + Chinese language officers met in Beijing. -> Chinese officers met in Beijing.
    - She teaches the Chinese language to adults.
# ======================================================================
# Eighth batch: grammar the spinner breaks ("a extra", "successful the", "serve because the",
# "the top of September"), reporting verbs, and institutional compounds.
# ======================================================================
mention -> say | id=news:mention->say.inverted pos=verb forms=VBD gate=always conf=0.9 before=[,!?]["”’]\s* after=\s+(?-i:[A-Z])
    + "It is over," mentioned David Axelrod, the strategist. -> "It is over," said David Axelrod, the strategist.
    - The plan, mentioned in the report, was dropped.
mention -> say | id=news:mention->say.venue pos=verb forms=VBD,VBZ conf=0.7 after=\s+(?:at\s+(?:a|an|the)\s+(?:gathering|assembly|meeting|rally|convention|conference|briefing|occasion|event|information|news|press|marketing\s+campaign|campaign|summit|listening\s+to|hearing|discussion\s+board|forum)\b|of\s+(?-i:[A-Z])|in\s+a\s+(?:abstract|be\s+aware|word|memo|report|letter|tweet|weblog|blog|video|radio|tv|television)\b|[‘'“]) not_before=\b(?:as|was|were|is|are|be|been|being|not|never|above|below|previously|already|briefly|only|often|rarely|first)\s+
    + Trump mentioned at a gathering of donors that he would run. -> Trump said at a gathering of donors that he would run.
    + The analyst mentioned of Nvidia: "Its results are strong." -> The analyst said of Nvidia: "Its results are strong."
    - The idea was mentioned at a meeting last year.
mention -> say | id=news:mention->say.clause pos=verb forms=VBD,VBZ conf=0.65 after=\s+(?:the|a|an|its|his|her|their|this|these|those|some|many|most|all|no)\s+(?:(?!(?:who|which|that|whom|whose|and|or|but)\b)[\w’'\-]+\s+){0,4}(?:will|would|has|had|is|was|were|are|could|can|should|may|might|must|shall|plans|planned|expects|expected|voted|did|does)\b not_before=\b(?:as|was|were|is|are|be|been|being|not|never|also|above|below|previously|already|briefly|only|often|rarely|first)\s+
    + The governor mentioned the bank will keep rates on hold. -> The governor said the bank will keep rates on hold.
    + Roberts mentioned the plan was unlawful. -> Roberts said the plan was unlawful.
    - She mentioned the people who were hurt in the fire.
    - He never mentioned the deal would cost jobs.
additionally mentioned -> also said | conf=0.85
a extra -> a more | conf=0.85 not_after=\s*-|\s+(?:\d+|\$|£|€|charge|charges|fee|fees|cost|costs|day|days|hour|hours|week|weeks|month|months|year|years|yr|minute|minutes|mile|miles|bonus|layer|step|dollar|pound|euro|person|player|man|seat|seats|game|games|round|time|inning|point|points|bed|room|copy|pair|set|shift|dose|helping|bit|touch|boost|push|line|payment|tax|ticket|tickets|flight|flights|train|trains|bus|buses|session|stage|level|percent|per\s+cent|p\.c|share|shares|amount|sum|week's|day's|night|nights|edition|episode|chapter|page|pages|unit|units|staff|worker|workers|officer|officers|spending|funding|money|cash|capacity|space|source|security|safety|reason|option|one|ones|element|segment)\b
    + It gave them a extra impartial future. -> It gave them a more impartial future.
    + The index became a extra enticing bet. -> The index became a more enticing bet.
    - It costs a extra fee of $10.
extra of -> more of | conf=0.75 after=\s+(?:the|this|that|these|those|it|them|us|our|their|his|her|its|what|a|an)\b not_before=\b(?:an|one|no)\s+
    + The firm promised extra of the same next year. -> The firm promised more of the same next year.
    - He played an extra of the same kind.
extra so -> more so | conf=0.8 not_after=\s+(?:that|as|much|many|far|long)\b
    + The further out, the extra so. -> The further out, the more so.
    - They were extra so that the hall filled.
extra -> more | id=news:extra->more.adj2 conf=0.7 after=\s+(?:impartial|independent|enticing|attractive|genuine|authentic|infamous|notorious|indignant|angry|dedicated|committed|conscious|aware|seemingly|probably|doubtless|necessary|vital|essential|troublesome|pricey|costly|reasonably\s+priced|inexpensive|worthwhile|useful|helpful|beneficial|prone|inclined|keen|eager|determined|decided|targeted|particularly|constructive|optimistic|reasonable|sensible|common|widespread|prevalent|popular|successful|efficient|environment\s+friendly|powerful|highly\s+effective|influential|significant|substantial|dramatic|moderate|reasonable|conservative|aggressive|hawkish|dovish|cautious|sophisticated|detailed|restrictive|demanding|challenging|threatening|menacing|hostile|tense|polarised|polarized|divided|predictable|unpredictable|uncertain|unsure|assured|confident|difficult|tough)\b not_before=\b(?:an|no|any|some)\s+
    + Voters are extra indignant now. -> Voters are more indignant now.
    + It was one of the extra infamous fights. -> It was one of the more infamous fights.
    - Bring an extra warm coat.
a authorities -> a government | gate=always conf=0.95
    + It survived without a authorities bailout. -> It survived without a government bailout.
successful -> in | gate=always conf=0.9 after=\s+(?:the|a|an|this|that|these|those|its|his|her|their|our)\s not_before=\b(?:most|more|less|least|as|so|how|very|too|quite|rather|highly|hugely|wildly|enormously|extremely)\s+
    + He was arrested successful the city on Friday. -> He was arrested in the city on Friday.
    - The most successful the club has ever been.
astatine the -> at the | gate=always conf=0.97
astatine a -> at a | gate=always conf=0.97
astatine least -> at least | gate=always conf=0.99
rustic's -> country's | gate=always conf=0.95
got here in at -> came in at | gate=always conf=0.99
got here in beneath -> came in below | gate=always conf=0.99
got here in under -> came in below | gate=always conf=0.99
got here in above -> came in above | gate=always conf=0.99
got here amid -> came amid | gate=always conf=0.97
got here as -> came as | conf=0.85 not_before=\b(?:I|we|you|they|he|she|just|finally|first|only)\s+ after=\s+(?:a|an|the|its|his|her|their|officials|officers|markets|buyers|investors|traders|shares|stocks|oil|prices|costs)\b
    + The move got here as markets fell. -> The move came as markets fell.
    - We got here as fast as we could.
got here after -> came after | conf=0.8 after=\s+(?:a|an|the|its|his|her|their|weeks|months|days|years|officials|officers)\b not_before=\b(?:I|we|you|they|he|she|just|only|finally|first)\s+
    + The decision got here after weeks of talks. -> The decision came after weeks of talks.
    - They finally got here after a long drive.
all the time -> always | conf=0.7 before=\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did|not|I|we|you|they|he|she|it)\s+ after=\s+(?:been|be|had|has|have|was|were|is|are|said|stated|mentioned|wanted|needed|known|believed|maintained|insisted|argued|denied|supported|opposed|tried|seemed|kept|remained|stayed|stood|done|made|worked|relied|used|seen|understood|favoured|favored|backed|resisted|rejected|enjoyed|loved|liked|hated|feared|viewed|regarded|considered|treated|thought|felt|found|looked|called|demanded|pushed|fought|struggled)\b
    + The party has all the time supported the plan. -> The party has always supported the plan.
    - The phone rang all the time that night.
make your mind up -> decide | pos=verb conf=0.7 after=\s+(?:on|whether|if|about|between|to|which|what|how|when)\b
    + The bank will make your mind up on rates in June. -> The bank will decide on rates in June.
    - Take your time and make your mind up.
date again to -> date back to | pos=verb gate=always conf=0.99
top -> end | conf=0.85 before=\b(?:the|by\s+the|until\s+the|till\s+the|at\s+the|before\s+the)\s+ after=\s+of\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|(?:this|the|final|last|subsequent|next|that)\s+(?:year|yr|12\s+months|month|quarter|decade|century|time\s+period|interval|period|term|struggle|war))\b
    + The government will be funded by the top of September. -> The government will be funded by the end of September.
    + Rates should peak by the top of the yr. -> Rates should peak by the end of the yr.
    - She rose to the top of the class.
lower -> cut | pos=noun forms=NN conf=0.8 before=\b(?:a|the|one-time|another|its|first|second|third|largest|biggest|deepest|steep|sharp|surprise|fee|price|charge|rate|tax|point|half-point|quarter-point|percentage-point|basis-point)\s+ after=\s+(?:in|to|on|since|came|comes|follows|adopted)\b
    + It was the biggest one-time lower in the rate. -> It was the biggest one-time cut in the rate.
    - It was the lower of the two bids.
    - Prices were a lot lower in May.
affect -> impact | pos=noun forms=NN conf=0.7 before=\b(?:an|the|little|no|some|any|major|serious|significant|big|huge|direct|negative|positive|adverse|lasting|profound|greater|larger|broader|wider|limited|minimal|potential|economic|financial|critical|severe)\s+ after=\s+(?:on|upon)\b
    + It might also have an affect on policy. -> It might also have an impact on policy.
    - It did not affect on balance the result.
banking device -> banking system | gate=always conf=0.97
judicial device -> judicial system | gate=always conf=0.97
justice device -> justice system | gate=always conf=0.97
electoral device -> electoral system | gate=always conf=0.97
political device -> political system | gate=always conf=0.95
immune device -> immune system | gate=always conf=0.97
tax device -> tax system | gate=always conf=0.95
pension device -> pension system | gate=always conf=0.97
well being device -> health system | gate=always conf=0.97
schooling device -> education system | gate=always conf=0.97
marketplace -> market | pos=noun conf=0.8 before=\b(?:inventory|stock|bond|cash|money|housing|labour|labor|job|jobs|oil|currency|forex|fairness|equity|credit|crypto|property|actual\s+property|real\s+estate|monetary|financial|home|domestic|emerging|rising|bull|bear|car|auto|used-car|rental|mortgage|loan|futures|choices|options|spot|wholesale|retail|energy|vitality|power|gas|fuel|grain|wheat|metals|gold|commodity|commodities)\s+
    + It put the rate in overnight cash marketplaces. -> It put the rate in overnight cash markets.
    - The online marketplace sells crafts.
nowadays -> today | conf=0.75 before=\b(?:said|stated|mentioned|announced|introduced|reported|revealed|confirmed|released|launched|unveiled|published|warned|added|wrote)\s+
    + The bank announced nowadays that it would cut jobs. -> The bank announced today that it would cut jobs.
    - Nowadays, most people shop online.
impartial -> independent | conf=0.8 after=\s+(?:candidate|candidates|senator|senators|lawmaker|lawmakers|MP|MPs|film|films|filmmaker|filmmakers|label|labels|bookstore|bookstores|retailer|retailers|school|schools|living|life|lives|future|nation|country|state|Scotland|contractor|contractors|director|directors|pharmacy|pharmacies|restaurant|restaurants|cinema|cinemas|music|artist|artists|developer|developers|studio|studios|producer|producers|business|businesses|company|companies|firm|firms|agency|agencies|central\s+bank|nonprofit|charity|station|stations|campaign|bid|run|Palestinian)\b
    + He ran as an impartial candidate. -> He ran as an independent candidate.
    - The judge must be impartial and fair.
    - An impartial inquiry was set up.
labor -> work | pos=verb forms=VBD conf=0.7 after=\s+(?:as|at|for|with|on|alongside|collectively|together|intently|carefully|closely|beneath|under|underneath)\b
    + She labored at the bank for ten years. -> She worked at the bank for ten years.
    - His breathing was labored after the climb.
because -> as | id=news:because->as.prep conf=0.9 before=\b(?:known|described|regarded|viewed|serve|serves|served|serving|hailed|billed|touted|classified|characterised|characterized|portrayed|depicted|doubles|doubled|posing|masquerading|dubbed|branded|labelled|labeled|ranks|ranked|such|same|as\s+well|as\s+soon|as\s+far|as\s+much|as\s+many|as\s+long)\s+ after=\s+(?:the|a|an|its|his|her|their|our|part|one)\b
    + The film now ranks because the top film of the year. -> The film now ranks as the top film of the year.
    + She will serve because the new chair. -> She will serve as the new chair.
    - He was named because the old chair quit.
because -> since | id=news:because->since.time conf=0.85 before=\b(?:first|highest|lowest|biggest|largest|best|worst|most|least|fastest|slowest|strongest|weakest|time|times|level|levels)\s+ after=\s+(?:(?:19|20)\d\d(?=\s*[.,;:)!?]|\s*$|\s+(?:when|amid|following|after|in|on|for|while|–|—)\b)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d|(?:early|late|mid)[\s\-](?:19|20)\d\d|the\s+(?:begin|start|beginning|onset|finish|end)\s+of)\b
    + It was the first time because the start of the year that rates rose. -> It was the first time since the start of the year that rates rose.
    + Prices hit their highest level because 2008. -> Prices hit their highest level since 2008.
    - It was the first time because the war made travel hard.
    - Rates rose for the first time because 2008 had been so bad.
# ======================================================================
# Ninth batch: the same spinner's time words (yr, previous, the primary, at all times),
# approvals, and "round" before a share or a clock time.
# ======================================================================
yr -> year | id=news:yr->year.the conf=0.8 before=\b(?:the|fiscal|calendar|tax|monetary|financial|college|faculty|school|educational|academic|election|new|full|entire|complete|whole|that|which|each|one|two|three|four|five|six|seven|eight|nine|ten|a\s+new)\s+ not_after=\s*(?:-|–|/)
    + Growth for the yr is expected to slow. -> Growth for the year is expected to slow.
    - The 5-yr note fell; the yr/yr rate rose.
yr-old -> year-old | pos=noun conf=0.85
    + A 38-yr-old man was hurt. -> A 38-year-old man was hurt.
yr in the past -> year ago | gate=always conf=0.97
yrs in the past -> years ago | gate=always conf=0.97
previous -> earlier | id=news:previous->earlier.this gate=always conf=0.95 after=\s+(?:this|that)\s+(?:week|month|year|yr|12\s+months|season|decade|century|morning|afternoon|night|spring|summer|autumn|fall|winter|quarter|day)\b
    + The board previous this week approved the loan. -> The board earlier this week approved the loan.
    - The previous week had been calm.
previous -> past | id=news:previous->past.motion gate=always conf=0.9 before=\b(?:soar|soars|soared|soaring|rose|rise|rises|rising|climb|climbs|climbed|climbing|shot|surged|surges|surging|moved|moves|moving|went|goes|going|pushed|pushes|pushing|sailed|sails|raced|races|racing|jumped|jumps|sped|zoomed|edged|inched|crept|slipped|drove|drives|driving|walked|walks|walking|ran|runs|running|takes|took|taking|gets|got|getting|rolled|steamed|stormed|sprinted|blew|blows|flew|flies)\s+
    + Sales soared previous $6 billion. -> Sales soared past $6 billion.
    + The film shot previous the total of its rival. -> The film shot past the total of its rival.
    - She took the previous train home.
previous -> former | id=news:previous->former.lower conf=0.7 before=\bthe\s+ after=\s+(?:president|prime\s+minister|vice\s+president|secretary|governor|senator|speaker|chancellor|minister|mayor|CEO|chief\s+government|chairman|chairwoman|ambassador|boss|coach|champion|lawmaker|MP|official|officials|officer|officers|staffer|staffers|aide|aides|adviser|advisers|advisor|advisors|executive|executives|star|soldier|soldiers|participant)(?:'s|’s)?\b
    + A lawyer for the previous president denied it. -> A lawyer for the former president denied it.
    - The previous owner sold the house.
primary -> first | id=news:primary->first.ordinal conf=0.8 before=\bthe\s+ after=\s+(?:half|quarter|weekend|week|month|spherical|leg|batch|tranche|wave|episode|few|two|three|four|five|six|seven|eight|nine|ten|\d+|occasion|one|ones|woman|lady|girl|man|person|individual|nation|country|team|crew|section|chapter|minute|hour|days|weeks|months|years|decade|century|phase|step|signal|signs|time\s+(?:since|in|that|this|ever))\b
    + Rates will rise in the primary half of the year. -> Rates will rise in the first half of the year.
    + It is the primary weekend of August. -> It is the first weekend of August.
    - The primary reason is cost.
    - She won the primary race in Ohio.
at all times -> always | id=news:at_all_times->always.verb conf=0.75 before=\b(?:I|we|you|they|he|she|it|has|have|had|is|are|was|were|will|would|can|could|not)\s+ after=\s+(?:knew|know|known|been|be|had|has|have|was|were|is|are|said|wanted|thought|felt|believed|supported|opposed|tried|seemed|kept|remained|stayed|stood|done|made|worked|relied|used|seen|liked|loved|hated|feared|looked|called|wished|hoped|insisted|maintained|argued|denied|claimed|been)\b
    + We at all times knew this weekend would be big. -> We always knew this weekend would be big.
    - Staff must be present at all times during the test.
authorize -> approve | pos=verb forms=VBD,VBZ,VBG conf=0.75 after=\s+(?:the|a|an|its|their|his|her)\s+(?:[\w\-’']+\s+){0,3}(?:invoice|invoices|measure|measures|omnibus|package|bundle|deal|settlement|evaluate|evaluation|evaluations|critiques|mortgage|loan|loans|price\s+range|budget|merger|takeover|acquisition|sale|nomination|nominee|proposal|proposals|request|tariff|tariffs|spending|laws|legislation|amendment|modification|treaty|pact|accord|agreement|disbursement|tranche|bailout|rescue|stimulus|reduce|lower|cuts|hike|enhance)\b
    + The Senate authorized the measure by unanimous consent. -> The Senate approved the measure by unanimous consent.
    + The IMF board authorized the 7th and 8th evaluations. -> The IMF board approved the 7th and 8th evaluations.
    - Congress authorized the use of force.
    - Regulators authorized the vaccine for children.
navy -> military | id=news:navy->military.support case=exact conf=0.8 after=\s+(?:support|and\s+(?:financial|economic|political|diplomatic|humanitarian|monetary|safety|security)|guidelines|resolution|answer|options?|response|superiority|victory|defeat|power|energy|management|regulation|courtroom|court\s+docket|management)\b not_before=\b(?:the|US|U\.S\.|Royal|Russian|Chinese|Indian|Japanese|British|French|his|her|their|its)\s+(?=navy\s+(?:support|power))
    + It sent billions in navy support to Kyiv. -> It sent billions in military support to Kyiv.
    + There isn't a navy resolution, he said. -> There isn't a military resolution, he said.
    - The US Navy support ship sailed.
round -> around | id=news:round->around.share conf=0.85 after=\s+(?:\$|£|€)?\d[\d,.]*\s*(?:%|p\.c\.?|a\.m\.?|p\.m\.?|am\b|pm\b|o['’]clock)|\s+(?:midnight|midday|noon|dawn|daybreak)\b not_before=\b(?:in|the|a|of|this|that|next|subsequent|second|first|final|third|fourth|each|every|latest|newest|new|another|one\s+other)\s+
    + The group pumps round 40% of the world's crude. -> The group pumps around 40% of the world's crude.
    + The vote came round 2 a.m. on Friday. -> The vote came around 2 a.m. on Friday.
    - He lost in round 2 on Friday.
# ======================================================================
# Tenth batch: forms this family of spinners puts in for nearly every occurrence of a common
# word (in the real spun pages we develop on, 90-100% of their occurrences are damage). Gated:
# only in documents that score as spun, never where a neighbour favours the spun form.
# ======================================================================
mention -> say | id=news:mention->say.plain pos=verb forms=VBD,VBZ conf=0.6 evidence=no not_before=\b(?:as|was|were|is|are|be|been|being|not|never|above|below|previously|already|briefly|only|often|rarely|first|widely|frequently|specifically|explicitly|repeatedly)\s+
    + Roberts mentioned the “inherent tradeoffs”. -> Roberts said the “inherent tradeoffs”.
    - As mentioned above, it is late.
coverage -> policy | id=news:coverage->policy.plain pos=noun conf=0.6 evidence=no not_before=\b(?:insurance|health|medical|media|news|press|live|television|tv|TV|Medicare|Medicaid|dental|drug|network|cell|mobile|broadband|5G|4G|satellite|wall-to-wall|extensive|blanket|full|sports|election|wireless|vaccination|vaccine|immunisation|immunization)\s+
    + The Senate passed the sweeping coverage bill. -> The Senate passed the sweeping policy bill.
    - Their health coverage lapsed.
different -> other | id=news:different->other.plain conf=0.6 evidence=no not_after=\s+(?:from|than|to|ways|way|types|type|kinds|kind|sorts|sort|forms|versions|views|opinions|approaches|approach|perspectives|backgrounds|cultures|languages|sizes|colours|colors|shapes|styles|levels|stages|angles|results|outcomes|directions|story|matter|thing|things|places|times|people|person|world|animal|ballgame|era|game|league|light|kind)\b not_before=\b(?:very|quite|slightly|completely|entirely|totally|so|too|fundamentally|radically|vastly|markedly|significantly|somewhat|rather|a\s+bit|much|many|something|nothing|anything|is|are|was|were|be|been|looks|look|looked|feel|feels|felt|seem|seems|seemed|sound|sounds|a|an|the|how|very)\s+
    + Like different members of the army, he asked not to be named. -> Like other members of the army, he asked not to be named.
    - The two plans are very different in scope.
income -> revenue | id=news:income->revenue.plain pos=noun forms=NN conf=0.6 evidence=no not_before=\b(?:household|households|family|families|personal|disposable|middle|low|lower|high|higher|fixed|basic|universal|retirement|pension|net\s+interest|interest|rental|taxable|median|average|per\s+capita|national|their|his|her|my|your|our|own|earned|extra|additional)\s+ not_after=\s+(?:tax|taxes|inequality|gap|gaps|support|bracket|brackets|level|levels|earners|families|households|group|groups|threshold|limit|limits|loss)\b
    + Its ad income rose 8% in the quarter. -> Its ad revenue rose 8% in the quarter.
    - Household income fell last year.
authorities -> government | id=news:authorities->government.plain conf=0.6 evidence=no not_before=\b(?:local|health|port|tax|police|bank|banking|central\s+bank|federal|state|regional|provincial|municipal|city|county|the\s+relevant|relevant|competent|regulatory|judicial|military|security|border|immigration|customs|aviation|transport|education|financial|monetary|antitrust|competition|Chinese|Russian|Iranian|Israeli|Ukrainian|Indian|Pakistani|Afghan|Syrian|Turkish|Egyptian|Saudi|Japanese|Korean|German|French|British|Italian|Spanish|Greek|Mexican|Brazilian|Nigerian|Kenyan|Palestinian|Taliban|Hong\s+Kong|US|U\.S\.|EU|European|American|Canadian|Australian|US-led|Beijing|Moscow|Tehran|Kyiv|Kabul|Damascus)\s+ not_after=\s+(?:said|say|says|mentioned|stated|imagine|imagined|set|imposed|recognized|discovered|when|have|are|were|had|arrested|detained|seized|charged|launched|believe|believed|found|identified|confirmed|reported|warned|urged|announced|ordered|closed|evacuated|responded|searched|investigated|investigating|are\s+investigating)\b
    + It was funded despite the divided authorities. -> It was funded despite the divided government.
    - Police and authorities searched the area.
    - Central bank authorities met on Monday.
navy -> military | id=news:navy->military.plain case=exact conf=0.6 evidence=no not_before=\b(?:the|a|US|U\.S\.|Royal|Russian|Chinese|Indian|Iranian|Japanese|British|French|Israeli|Turkish|Ukrainian|Taiwanese|Korean|Australian|German|Italian|Spanish|Greek|Pakistani|Egyptian|Saudi|Philippine|Vietnamese|his|her|their|its|army|and)\s+ not_after=\s+(?:ship|ships|vessel|vessels|warship|warships|destroyer|destroyers|submarine|submarines|sailor|sailors|seal|seals|SEAL|SEALs|blue|fleet|fleets|frigate|frigates|carrier|carriers|admiral|admirals|and\s+(?:army|air)|veteran|veterans|pilot|pilots|jet|jets|base|bases)\b
    + It has trained at navy schools in Texas. -> It has trained at military schools in Texas.
    - The navy ship docked at dawn.
throughout -> during | id=news:throughout->during.plain conf=0.6 evidence=no after=\s+(?:a|an|the|their|his|her|its|our|this|that)\s+(?:(?!(?:world|country|region|nation|state|city|area|industry|sector|continent|globe|economy|day|year|yr|12\s+months|week|month|decade|century|season|period|interval|game|match|process|campaign|marketing\s+campaign|war|struggle|crisis|disaster|pandemic|history|life|career|time|years|months|weeks|days)\b)[\w\-’'.]+\s+){0,2}(?:raid|raids|assembly|meeting|name|call|interview|go\s+to|visit|journey|trip|speech|tackle|listening\s+to|hearing|briefing|press\s+convention|information\s+convention|convention|conference|session|debate|vote|rally|occasion|event|search|operation|talks|negotiations|summit|ceremony|service|match|sport|flight|procedure|surgery|assault|attack|shooting|incident|encounter|get\s+together|celebration|occasion)\b
    + The files were seized throughout their Aug. 8 raid. -> The files were seized during their Aug. 8 raid.
    - Storms hit throughout the region.
inside -> within | id=news:inside->within.plain conf=0.6 evidence=no after=\s+(?:the\s+)?(?:band|vary|range|target|goal|limits?|bounds|margin|framework|scope|timeframe|deadline|guidelines|rules|regulation|regulations|legislation|law|regulation|price\s+range|budget|finances|attain|reach|his\s+(?:slim|slender|narrow|razor-thin)\s+majority|the\s+(?:slim|slender|narrow|razor-thin)\s+majority)\b
    + Inflation falls inside the band of 1% to 3%. -> Inflation falls within the band of 1% to 3%.
    - He stayed inside the house.
method -> way | id=news:method->way.plain conf=0.6 evidence=no after=\s+(?:above|below|beneath|more|much|less|too|past|previous|ahead|behind|higher|greater|larger|lower|smaller|larger|better|worse|earlier|later|longer|shorter|off|out\s+of|again|again\s+to|to\s+go|ahead\s+of|in\s+which|of\s+life|of\s+doing|ahead|ahead\s+of|for\s+(?:the|a)|they|we|he|she|it|that)\b not_before=\b(?:the|this|that|a|an|our|their|its|his|her|your|my|new|same|whose|which|each|every|any|no|scientific|statistical|proven|simple|standard|traditional)\s+
    + Revenue came in at $16bn, method above a median forecast. -> Revenue came in at $16bn, way above a median forecast.
    - The method above works for small samples.
because the -> as the | id=news:because_the->as_the.plain conf=0.6 evidence=no
    + Prices rose because the world reopened. -> Prices rose as the world reopened.
handed -> passed | id=news:handed->passed.plain conf=0.6 evidence=no not_after=\s+(?:over|down|out|to|back|off|in|him|her|them|me|us|it|you|a\s+(?:note|letter|copy|cheque|check|ball|gift|trophy|bag))\b
    + The Senate handed a $1.2 trillion package. -> The Senate passed a $1.2 trillion package.
    - She handed him the keys.
used to be -> was | id=news:used_to_be->was.plain conf=0.6 evidence=no not_before=\b(?:it|there|this|that|what|I|you|we|they|he|she|things|life)\s+
    + The rate used to be last trimmed in June. -> The rate was last trimmed in June.
    - It used to be a quiet town.
purpose -> goal | id=news:purpose->goal.plain conf=0.6 evidence=no not_before=\b(?:sole|main|primary|stated|general|dual|common|special|same|whole|entire|very|the\s+whole|serve|no|any|what|that|this|on)\s+ not_after=\s+(?:of|behind|for|is\s+to|was\s+to)\b
    + The bank met its purpose this year. -> The bank met its goal this year.
    - The purpose of the trip was rest.
struggle -> war | id=news:struggle->war.plain pos=noun forms=NN conf=0.6 evidence=no not_after=\s+(?:to|for|against|over|between|with\s+(?:the|their|his|her|its|our|my|your)\s+(?:own|weight|mental|health|addiction|illness|depression))\b not_before=\b(?:power|energy|internal|inner|long|daily|constant|ongoing|political|personal|legal|uphill|desperate|bitter|class|a)\s+
    + The struggle in Ukraine is ongoing. -> The war in Ukraine is ongoing.
    - The struggle for power went on.
# ======================================================================
# Eleventh batch: more broken grammar (has turn into, additional than, searching for to,
# the vary of), and fixed phrases whose one word the spinner swapped.
# ======================================================================
turn into -> become | gate=always conf=0.95 before=\b(?:has|have|had|having|has\s+now|have\s+now|had\s+now|has\s+since|has\s+already|have\s+already|had\s+already|has\s+quickly|has\s+rapidly|has\s+increasingly|has\s+lengthy|has\s+long|has\s+additionally|has\s+also|has\s+not|have\s+not|had\s+not|hasn't|haven't|hadn't|hasn’t|haven’t|hadn’t)\s+
    + The film has now turn into the third to earn $1 billion. -> The film has now become the third to earn $1 billion.
    - Talks could turn into a crisis.
additional than -> more than | gate=always conf=0.97
    + It made additional than $1 billion. -> It made more than $1 billion.
higher than -> more than | id=news:higher_than->more_than.count conf=0.8 before=\b(?:with|of|to|by|for|from|and|raised|raising|raise|earned|made|make|makes|making|lost|spent|spend|killed|injured|affected|displaced|employs|employ|employed|attracted|drew|draw|sold|sells|sell|bought|received|obtained|got|gets|reached|has|have|had|than)\s+ after=\s+(?:\$|£|€)?\d not_after=\s+\S+\s+(?:expected|anticipated|normal|usual|average|forecast|predicted)\b
    + With higher than $300 million at home, it led. -> With more than $300 million at home, it led.
    - Bonds pay higher than 5% this year.
previous to -> before | conf=0.7 not_after=\s*-|\s+(?:that|this)\b
    + It opened some days previous to its US debut. -> It opened some days before its US debut.
    - The previous to-do list was long.
latest reminiscence -> recent memory | gate=always conf=0.97
current reminiscence -> recent memory | gate=always conf=0.97
residing reminiscence -> living memory | gate=always conf=0.99
dwelling reminiscence -> living memory | gate=always conf=0.99
remains to be -> is still | conf=0.7 not_after=\s+(?:seen|determined|decided|done|answered|resolved|settled|proven|proved|clarified|confirmed|finalised|finalized|worked|sorted|ironed|addressed|tested|established|discovered|found|written|heard|made|paid|agreed|negotiated|approved|announced|completed|signed|explained|investigated|assessed|evaluated|calculated|quantified|fixed|repaired|won|played|read|said|known|built|defined|filled|named|scheduled)\b
    + The $43M opening remains to be nice for a $70M production. -> The $43M opening is still nice for a $70M production.
    - It remains to be seen whether rates fall.
recreation of rooster -> game of chicken | gate=always conf=0.99
vary -> range | pos=noun forms=NN gate=always conf=0.9 before=(?:\b(?:the|a|an|its|their|his|her|our|this|that|huge|wide|broad|narrow|slender|slim|large|full|whole|entire|normal|usual|typical|target|goal|worth|value|price|value)|\d|%|\d[MBK])\s+ not_after=\s+(?:from|between|widely|greatly|considerably|by|according|depending|in|across|with|significantly|a\s+lot|enormously|dramatically|header|headers)\b
    + Three films were in the excessive $16M vary. -> Three films were in the excessive $16M range.
    + It kept the target vary at 5%. -> It kept the target range at 5%.
    - Prices vary from town to town.
    - The results vary widely.
replace -> update | pos=noun forms=NN conf=0.8 before=\b(?:a|an|the|latest|newest|new|recent|current|quick|brief|short|weekly|daily|monthly|quarterly|annual|software|software\s+program|security|safety|firmware|status|standing|AM|PM|morning|evening|night|its|their|his|her|our|key|major|main|important|vital|big|large|minor|small)\s+ not_after=\s+(?:the|a|an|it|them|him|her|its|their|his|our|your|my|this|that|these|those|function|method|call|command|operation|operator|button|key|tool|option|feature|mode|string|pattern|text|all)\b
    + It posted a Saturday AM replace on the box office. -> It posted a Saturday AM update on the box office.
    - Use the replace function to swap text.
discovered about -> learned about | conf=0.8 not_after=\s+(?:\d+|a\s+(?:dozen|hundred|thousand|third|quarter|half)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b
    + Staff discovered about it through Twitter. -> Staff learned about it through Twitter.
    - Police discovered about 20 bodies.
searching for to -> seeking to | gate=always conf=0.97
fairness agency -> equity firm | gate=always conf=0.99
fairness fund -> equity fund | gate=always conf=0.99
fairness traders -> equity investors | gate=always conf=0.99
fairness buyers -> equity investors | gate=always conf=0.99
house fairness -> home equity | gate=always conf=0.97
low cost -> discount | id=news:low_cost->discount.pct gate=always conf=0.95 before=(?:%|p\.c\.?|percent|per\s+cent|\d)\s+
    + Shares were sold at a 50% low cost. -> Shares were sold at a 50% discount.
    - Shares were sold at a low cost.
interior circle -> inner circle | gate=always conf=0.99
supply -> source | pos=noun forms=NN gate=always conf=0.93 after=\s+(?:as\s+saying|acquainted|accustomed|conversant|familiar|briefed\s+on|with\s+(?:direct\s+)?(?:data|information|knowledge)\s+of|who\s+(?:requested|asked|spoke|declined))\b
    + It quoted a supply as saying the firm was run badly. -> It quoted a source as saying the firm was run badly.
    - The supply close to the plant was cut.
    - Water supply was cut.
within the palms of -> in the hands of | gate=always conf=0.97
in the palms of -> in the hands of | conf=0.8 not_after=\s+(?:their|his|her|your|my|our)\s+hands\b
    + The firm is now in the palms of the new CEO. -> The firm is now in the hands of the new CEO.
    - She held it in the palms of her hands.
discipline office -> box office | gate=always conf=0.99
contract celebration -> contract party | gate=always conf=0.97
0.33 -> third | conf=0.8 before=\bthe\s+ after=\s+(?-i:[a-z]) not_after=\s+(?:percent|per\s*cent|p\.c|points?|mm|cm|m|km|kg|g|mg|ml|l|seconds?|s|ms|inch|inches|mile|miles|million|billion|trillion|dollars?|cents?|euros?|pounds?|metres?|meters?|per|of|to|and|or|mark|level|threshold)\b
    + The sequel became the 0.33 film of 2022 to do it. -> The sequel became the third film of 2022 to do it.
    - The rate rose to the 0.33 level.
# ======================================================================
# Twelfth batch: "according to" as the spinner writes it before a named source.
# ======================================================================
in response to -> according to | id=news:in_response_to->according_to.source conf=0.7 after=\s+(?:a|an|the)\s+(?:[\w\-’']+\s+){0,3}(?:report|survey|research|examine|evaluation|analysis|estimate|estimates|forecast|knowledge|information|data|figures|statistics|ballot|poll|study|remark|doc|document|submitting|filing|press\s+release|assertion|statement)\s+(?:from|by|printed|published|launched|released|commissioned|issued|compiled|carried)\b
    + In response to a June report from the trust, bills will rise. -> According to a June report from the trust, bills will rise.
    - In response to the strike, the firm raised pay.
in line with -> according to | id=news:in_line_with->according_to.source conf=0.75 after=\s+(?:a\s+)?(?:remark|assertion|statement|be\s+aware|submitting|filing|press\s+launch|press\s+release)\s+(?:on\s+)?(?:\w+\s+)?(?:from|by|issued|launched|printed|published|released|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+(?-i:[A-Z])[\w&.\-]*(?:\s+(?-i:[A-Z])[\w&.\-]*){0,3}\s+(?:knowledge|information|data|figures|estimates|statistics|calculations|polling|tallies|tally)\b
    + Rates were cut, in line with a remark Tuesday from the bank. -> Rates were cut, according to a remark Tuesday from the bank.
    + Sales beat estimates, in line with FactSet knowledge. -> Sales beat estimates, according to FactSet knowledge.
    - Pay rose in line with inflation.
# ======================================================================
# Thirteenth batch: captions, months and money as this spinner writes them, and idioms with
# one word swapped (too quickly to inform, proceed with warning, grow to be).
# ======================================================================
Getty Pictures -> Getty Images | case=exact gate=always conf=0.99
disguise caption -> hide caption | gate=always conf=0.99
Might -> May | id=news:might->may.month case=exact gate=always conf=0.95 before=\b(?:since|in|on|until|till|by|from|during|through|last|early|late|mid|of|this|next|final|subsequent|between|before|after)\s+|\bmid-
    + Prices have doubled since Might, the report said. -> Prices have doubled since May, the report said.
    - In the end, Might makes right was his motto.
Might -> May | id=news:might->may.date case=exact gate=always conf=0.95 after=\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|p\.c|percent|per\s+cent|million|billion|people|years|yrs))
    + The vote is on Might 5 in the capital. -> The vote is on May 5 in the capital.
    - Might 5 people be enough?
gearing as much as -> gearing up to | gate=always conf=0.99
1 / 4 proportion level -> quarter percentage point | gate=always conf=0.99
1 / 4 of a proportion level -> quarter of a percentage point | gate=always conf=0.99
best degree since -> highest level since | gate=always conf=0.95
best degree in -> highest level in | conf=0.85 after=\s+(?:\d|almost|practically|nearly|greater\s+than|more\s+than|over|a|about|round|roughly)
    + Inflation hit its best degree in 40 years. -> Inflation hit its highest level in 40 years.
    - She earned the best degree in her class.
proceed with warning -> proceed with caution | pos=verb gate=always conf=0.97
below management -> under control | conf=0.8 before=\b(?:again|it|them|this|that|inflation|prices|costs|the\s+(?:fireplace|fire|blaze|virus|pandemic|outbreak|state\s+of\s+affairs|situation|scenario|disaster|crisis))\s+
    + We will get it again below management. -> We will get it again under control.
    - Staff below management level got a bonus.
too quickly to -> too soon to | conf=0.9 after=\s+(?:inform|say|tell|know|predict|understand|judge|gauge|assess|decide|determine|draw|name|call|speculate|touch\s+upon|remark|comment)\b
    + It is too quickly to say what the war will cost. -> It is too soon to say what the war will cost.
    - It happened too quickly to react.
too quickly to inform -> too soon to tell | gate=always conf=0.97
electrical carmaker -> electric carmaker | pos=noun gate=always conf=0.99
electrical automaker -> electric automaker | pos=noun gate=always conf=0.99
electrical truck -> electric truck | pos=noun gate=always conf=0.97
two -> 2 | id=news:two->2.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It took almost $two billion from his stake. -> It took almost $2 billion from his stake.
    - Some two million people voted.
three -> 3 | id=news:three->3.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It took almost $three billion from his stake. -> It took almost $3 billion from his stake.
    - Some three million people voted.
four -> 4 | id=news:four->4.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It raised $four million. -> It raised $4 million.
    - Some four million people voted.
five -> 5 | id=news:five->5.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It raised $five million. -> It raised $5 million.
    - Some five million people voted.
six -> 6 | id=news:six->6.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It raised $six million. -> It raised $6 million.
    - Some six million people voted.
seven -> 7 | id=news:seven->7.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It raised $seven million. -> It raised $7 million.
    - Some seven million people voted.
eight -> 8 | id=news:eight->8.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It raised $eight million. -> It raised $8 million.
    - Some eight million people voted.
nine -> 9 | id=news:nine->9.money gate=always conf=0.95 before=[$£€] after=\s+(?:million|billion|trillion)\b
    + It raised $nine million. -> It raised $9 million.
    - Some nine million people voted.
moderen -> recent | gate=always conf=0.9 before=\bmore\s+
    + After more moderen talks, they agreed. -> After more recent talks, they agreed.
    - The moderen design won.
approach ahead -> way forward | conf=0.85 before=\b(?:a|the|constructive|supportive|clear|new|best|only|possible|sensible|positive|practical|realistic)\s+ not_after=\s+(?:of|to)\b
    + We found a constructive approach ahead for them. -> We found a constructive way forward for them.
    - The approach ahead of the storm was slow.
a lot cherished -> much loved | gate=always conf=0.97
a lot beloved -> much loved | gate=always conf=0.97
grow to be -> become | id=news:grow_to_be->become.perfect gate=always conf=0.95 before=\b(?:has|have|had|having|has\s+now|have\s+now|has\s+since|has\s+already|have\s+already|had\s+already|has\s+so\s+rapidly|has\s+so\s+quickly|has\s+rapidly|has\s+quickly|has\s+lengthy|has\s+long|has\s+additionally|has\s+also|has\s+not|have\s+not|had\s+not|hasn't|haven't|hadn't|hasn’t|haven’t|hadn’t)\s+
    + Meghan has so rapidly grow to be one of the family. -> Meghan has so rapidly become one of the family.
    - Children grow to be adults.
# ======================================================================
# Fourteenth batch: court, health and Congress vocabulary of the same spinner.
# ======================================================================
Could -> May | id=news:could->may.month case=exact gate=always conf=0.95 before=\b(?:since|in|on|until|till|by|from|during|through|last|early|late|mid|of|this|next|final|subsequent|between|before|after)\s+ not_after=\s+(?-i:[a-z])
    + The subpoena was served in Could. -> The subpoena was served in May.
    - Could the deal fall apart?
Could -> May | id=news:could->may.date case=exact gate=always conf=0.95 after=\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|p\.c|percent|per\s+cent|million|billion|people|years|yrs))
    + The vote is on Could 5 in the capital. -> The vote is on May 5 in the capital.
    - Could 5 people be enough?
president of america -> president of the United States | case=exact gate=always conf=0.95
calls into query -> calls into question | pos=verb gate=always conf=0.99
name into query -> call into question | pos=verb gate=always conf=0.99
referred to as into query -> called into question | gate=always conf=0.99
known as into query -> called into question | gate=always conf=0.99
into critical query -> into serious question | gate=always conf=0.99
into severe query -> into serious question | gate=always conf=0.99
cowl sheet -> cover sheet | pos=noun gate=always conf=0.99
journal cowl -> magazine cover | pos=noun gate=always conf=0.99
cowl story -> cover story | pos=noun gate=always conf=0.99
High Secret -> Top Secret | case=exact gate=always conf=0.97
Delicate Compartmented Data -> Sensitive Compartmented Information | case=exact gate=always conf=0.99
at the least -> at least | conf=0.8 after=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s|an\s|some|half|\$|£|€)
    + At the least three of the files bore markings. -> At least three of the files bore markings.
    - It was, at the least, awkward.
private results -> personal effects | pos=noun gate=always conf=0.97
third get together -> third party | pos=noun gate=always conf=0.97
Decide -> Judge | id=news:decide->judge.title case=exact gate=always conf=0.95 before=(?-i:Court|court|docket|courtroom|District|Circuit|federal|Federal|Supreme|Chief|Appeals|Magistrate|Bankruptcy|Choose|Senior|Presiding)\s+ after=\s+(?-i:[A-Z])
    + U.S. District Court docket Decide Aileen Cannon ruled. -> U.S. District Court docket Judge Aileen Cannon ruled.
    - The court must Decide Now or never.
Wellbeing Ministry -> Health Ministry | case=exact gate=always conf=0.97
near contacts -> close contacts | pos=noun gate=always conf=0.97
make contact with tracing -> contact tracing | gate=always conf=0.99
year-outdated -> year-old | gate=always conf=0.99
yr-outdated -> year-old | gate=always conf=0.99
12 months-aged -> year-old | gate=always conf=0.99
12 months-outdated -> year-old | gate=always conf=0.99
persevering with decision -> continuing resolution | pos=noun gate=always conf=0.99
Majority Chief -> Majority Leader | case=exact gate=always conf=0.97
Minority Chief -> Minority Leader | case=exact gate=always conf=0.97
forward of -> ahead of | conf=0.75 not_before=\b(?:just|directly|immediately|mounted|located|positioned|situated|placed|fitted|well|far|slightly|set|moved|moving)\s+ after=\s+(?:the|a|an|its|their|his|her|this|next|subsequent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|schedule|time|expectations)\b
    + The memo came forward of the search. -> The memo came ahead of the search.
    - The engine is mounted forward of the cabin.
# ======================================================================
# Fifteenth batch: war and markets in another spinner's words (japanese Donbas, took impact,
# provide glut, excessive floor, felony tribunals).
# ======================================================================
japanese -> eastern | case=exact gate=always conf=0.9 after=\s+(?:Ukraine|Donbas|Donbass|Europe|Mediterranean|Congo|DRC|Afghanistan|Syria|Libya|Turkey|Germany|Poland|Russia|China|India|Pakistan|Sri\s+Lanka|Jerusalem|Ghouta|Aleppo|front|entrance|flank|area|areas|region|regions|province|provinces|city|metropolis|cities|border|coast|shore|shores|suburbs|outskirts|facet|side|half|a\s+part|part|districts?|states?|cities|towns?|villages?|seaboard|bloc|European|Europeans)\b
    + Fighting broke out in the japanese Donbas area. -> Fighting broke out in the eastern Donbas area.
    - She studies japanese art.
jap metropolis -> eastern city | gate=always conf=0.97
video video games -> video games | gate=always conf=0.99
excessive floor -> high ground | gate=always conf=0.99
safety causes -> security reasons | gate=always conf=0.97
within the occasion of -> in the event of | gate=always conf=0.99
in the occasion of -> in the event of | conf=0.85 after=\s+(?:a|an|the|any|another|further|war|conflict|rain|fire|default|emergency|attack|an?\s+\w+)\b
    + It is ready in the occasion of a fresh attack. -> It is ready in the event of a fresh attack.
    - Dinner in the occasion of her birthday was fun.
written assure -> written guarantee | pos=noun gate=always conf=0.99
retains altering -> keeps changing | gate=always conf=0.99
never all the time -> not always | gate=always conf=0.99
fall sufferer -> fall victim | pos=verb gate=always conf=0.99
Worldwide Prison Courtroom -> International Criminal Court | case=exact gate=always conf=0.99
Worldwide Prison Court docket -> International Criminal Court | case=exact gate=always conf=0.99
blink of an eye fixed -> blink of an eye | gate=always conf=0.99
felony tribunal -> criminal tribunal | pos=noun gate=always conf=0.99
provide glut -> supply glut | pos=noun gate=always conf=0.99
By distinction -> By contrast | gate=always conf=0.97
took impact -> took effect | gate=always conf=0.99
take impact -> take effect | conf=0.9 after=\s+(?:on|from|in|at|immediately|instantly|right\s+away|next|this|until|when|after|once)\b
    + The cuts will take impact from July. -> The cuts will take effect from July.
    - The measures take impact seriously.
important thing -> key | conf=0.85 before=\bthe\s+ after=\s+(?:rates?|issues?|questions?|elements?|factors?|drivers?|gamers|players|figures|dates|takeaways?|findings|points|areas|sectors|markets|indicators|metrics|components|parts|charges|coverage|policy|fee|benchmark)\b
    + Repo rate is the important thing rates of interest. -> Repo rate is the key rates of interest.
    - The important thing is to stay calm.
high minister -> prime minister | pos=noun gate=always conf=0.97
excessive -> high | id=news:excessive->high.record gate=always conf=0.95 before=(?:-month|-year|-week|-day|-decade|-yr|\b(?:all-time|report|record|multi-year|multiyear|session|new|fresh|contemporary|recent|latest|decade|yr|12-month|52-week))\s+ after=[.,;:)]|\s+(?:of|in|on|at|for|since|after|before|and|as|amid|last|this|earlier)\b
    + Inflation hit a three-month excessive in May. -> Inflation hit a three-month high in May.
    - It was a new excessive spending plan.

# batch 16: this spinner family's plain forms in free context (got here, once more, simply,
# nonetheless, the final + a time word), `lengthy` and `shortly` where only `long` and `quickly`
# fit, a modal before `must`, singular agreement after `the 12 months`, sources after `in line with`
got here -> came | conf=0.7 evidence=no not_before=\b(?:have|has|had|having|we|I|you)\s+|['’]ve\s+ not_after=\s+(?:is|are)\b
    + The final vote got here round 2 a.m. -> The final vote came round 2 a.m.
    + A second wave got here from tobacco. -> A second wave came from tobacco.
    - What we have got here is a failure to communicate.
    - By the time I got here the shop was shut.
once more -> again | conf=0.7 evidence=no not_before=\b(?:as\s+soon\s+as|once)\s+
    + The ministers will meet once more in October. -> The ministers will meet again in October.
    - He will as soon as once more elbow out the field.
simply -> just | conf=0.6 evidence=no id=news:simply->just.plain not_before=\b(?:quite|not|put|more|so)\s+ not_after=\s+put\b|\s*[,.;:]
    + Five gymnasts simply bought their tickets. -> Five gymnasts just bought their tickets.
    - Put simply, the plan failed.
    - Simply put, the plan failed.
simply -> just | conf=0.7 id=news:simply->just.money after=\s*[$£€]\s*\d
    + Sales came to simply $12.5 billion. -> Sales came to just $12.5 billion.
    - It is simply $-free.
nonetheless -> still | conf=0.6 evidence=no id=news:nonetheless->still.plain not_before=(?:^|[.!?;:,(—–-]["”’']?)\s*["“‘']?|\b(?:but|yet|and|or)\s+ not_after=\s*[,.;:!?)]|\s+(?:true|valid|important|necessary|significant|possible|worth)\b
    + The candidate nonetheless has star power. -> The candidate still has star power.
    + It’s nonetheless unclear if the film will hit it. -> It’s still unclear if the film will hit it.
    - Nonetheless, the vote went ahead.
    - The vote, nonetheless, went ahead.
    - He was tired but nonetheless kept going.
    - It rained. Nonetheless the match went ahead.
    - Nonetheless the match went ahead.
    - He wrote. “Nonetheless broad the law, it fails.
final -> last | conf=0.7 id=news:final->last.the_time before=\bthe\s+ after=\s+(?:quarter|week|month|decade|century|census|time|couple|several|few)\b(?!['’]s\b)
    + Growth fell within the final quarter. -> Growth fell within the last quarter.
    + Since the final census, the town grew. -> Since the last census, the town grew.
    - The final whistle blew at six.
final phrases -> last words | conf=0.9
lengthy -> long | conf=0.75 id=news:lengthy->long.degree before=\b(?:too|so|as|how|very|that|this|twice\s+as|inches|inch|feet|foot|metres|meters|miles|kilometres|kilometers|km|cm|mm|centimetres|centimeters)\s+ not_after=\s+(?:and\s+detailed|document|report|statement|speech|letter|list)\b
    + The list is too lengthy to read. -> The list is too long to read.
    + It takes twice as lengthy by bus. -> It takes twice as long by bus.
    + The knife was 4 inches lengthy. -> The knife was 4 inches long.
    - It was a so lengthy report.
lengthy -> long | conf=0.75 id=news:lengthy->long.time after=\s+(?:time|hours|days|weeks|months|years|decades|run|term|shot|haul|ago|overdue|road|way|queues?|lines?)\b
    + She has been working lengthy hours. -> She has been working long hours.
    - He gave a lengthy speech.
shortly -> quickly | conf=0.7 id=news:shortly->quickly.degree before=\b(?:how|this|so|too|very|fairly|quite|relatively|extremely|surprisingly|remarkably|as|rising|falling|fading|spreading|growing|moving|working|selling)\s+ not_after=\s+(?:after|before|afterwards|afterward|thereafter|earlier|following)\b
    + Nobody knew how shortly it would spread. -> Nobody knew how quickly it would spread.
    + Prices were rising shortly. -> Prices were rising quickly.
    - It happened so shortly after the vote.
must -> have to | gate=always conf=0.9 id=news:must->have_to.modal before=\b(?:do|does|did|don't|doesn't|didn't|don’t|doesn’t|didn’t|won't|won’t|would|wouldn't|wouldn’t|might|could|should|can't|can’t|cannot|(?-i:will|may))\s+(?:not\s+)? not_before=\b(?:the|his|her|their|its|my|your|our|a)\s+will\s+
    + I'd rather not pay if I don't must. -> I'd rather not pay if I don't have to.
    + Some may must wait until Wednesday. -> Some may have to wait until Wednesday.
    - His will must be read aloud.
    - Theresa May must decide now.
12 months -> year | conf=0.85 id=news:12_months->year.singular before=\bthe\s+ after=\s+(?:is|was|has|hasn't|hasn’t|isn't|isn’t|wasn't|wasn’t)\b not_before=\b(?:past|last|previous|next|first|coming|following|preceding|final)\s+the\s+
    + Well, the 12 months is up. -> Well, the year is up.
    - The first 12 months were hard.
in line with -> according to | conf=0.75 id=news:in_line_with->according_to.people after=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+number\s+of|a\s+(?:senior|person|individual|supply|source))\s+(?:\w+\s+)?(?:individuals|people|persons|sources|officers|officials|analysts|economists|diplomats|witnesses|residents|aides|advisers|insiders)\b|\s+(?:brokers|analysts|economists|diplomats|insiders)\b(?!['’])
    + Costs rose, in line with brokers. -> Costs rose, according to brokers.
    + It changed, in line with six individuals. -> It changed, according to six individuals.
    - Results were in line with analysts' forecasts.
in line with -> according to | conf=0.75 id=news:in_line_with->according_to.poll after=\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:ballot|poll|survey|examine|research|evaluation)\s+(?:by|from|of|carried|conducted|printed|published|launched|released)\b|\s+figures\s+(?:printed|published|launched|released|from)\b
    + It is negative, in line with a separate monthly ballot by Ipsos. -> It is negative, according to a separate monthly ballot by Ipsos.
    + The rate fell, in line with figures released on Tuesday. -> The rate fell, according to figures released on Tuesday.
    - The rise is in line with a rule of thumb.
advise -> tell | pos=verb forms=VBD conf=0.65 evidence=no id=news:advise->tell.name after=\s+(?-i:[A-Z])(?:[A-Z]+|[a-z]+)\b(?!\s+(?:to|on|against|not)\b)(?!['’])
    + Two of the people advised POLITICO. -> Two of the people told POLITICO.
    - She advised Biden on foreign policy.
    - He advised Harris to wait.
advise -> tell | pos=verb forms=VBD conf=0.7 id=news:advise->tell.self after=\s+(?:myself|himself|herself|themselves|ourselves|yourself)\b
    + I advised myself I would try. -> I told myself I would try.
    - I advised him to try.
actual-time -> real-time | gate=always conf=0.97
in actual phrases -> in real terms | gate=always conf=0.98
actual wages -> real wages | conf=0.8

# batch 17: idioms a swap breaks (at threat, lowest stage in, assembly by assembly), `threat`
# in its risk sense, `fashions` after a modelling word, `declare` as a noun, `each the X and the Y`
at threat -> at risk | gate=always conf=0.9
threat -> risk | conf=0.8 id=news:threat->risk.level before=\b(?:decrease|lower|greater|higher|elevated|increased|reduced|lowered|excessive|low|high|diminished|larger|larger|better|heightened|minimal|important|vital|significant|substantial)\s+ not_after=\s+(?:to|from|posed|level|ranges?|assessment)\b
    + It is linked to a decrease threat of dementia. -> It is linked to a decrease risk of dementia.
    - They face a higher threat to their lives? No, a threat from the north.
    - It posed a higher threat to shipping.
threat -> risk | conf=0.8 id=news:threat->risk.of_harm before=\b(?:the|a|an)\s+ after=\s+of\s+(?:dementia|cancer|death|dying|illness|disease|stroke|coronary\s+heart|heart|diabetes|an\s+infection|infection|hospitali[sz]ation|recession|default|contagion|inflation|growing|creating|developing)\b
    + It raises the threat of recession. -> It raises the risk of recession.
    - It raised the threat of war.
threat issue -> risk factor | pos=noun gate=always conf=0.97
threat urge for food -> risk appetite | gate=always conf=0.99
threat evaluation -> risk assessment | pos=noun conf=0.85
stage -> level | pos=noun forms=NN conf=0.85 id=news:stage->level.record before=\b(?:lowest|highest|weakest|strongest|lowest|best|worst|greatest)\s+ after=\s+(?:in|since|for|on\s+record|ever|this|of\s+the\s+(?:12\s+months|yr|year))\b
    + The euro fell to its lowest stage in 2 months. -> The euro fell to its lowest level in 2 months.
    - They reached the highest stage of the tournament.
assembly by assembly -> meeting by meeting | gate=always conf=0.97
nationwide statistics -> national statistics | conf=0.95
analysis neighborhood -> research community | gate=always conf=0.98
resolve -> decide | pos=verb conf=0.8 id=news:resolve->decide.whether after=\s+(?:on\s+\w+\s+|by\s+\w+\s+|subsequent\s+\w+\s+|next\s+\w+\s+)?(?:whether|if|when|how|what|which)\b
    + They would resolve on Friday whether to join. -> They would decide on Friday whether to join.
    - The talks aim to resolve the dispute.
fashion -> model | pos=noun forms=NNS conf=0.85 id=news:fashion->model.modelling before=\b(?:AI|language|studying|learning|statistical|pc|computer|local\s+weather|climate|prediction|forecasting|mathematical|machine|pricing|automobile|car|electrical|EV|\d+|printed|published|skilled|trained|giant\s+language|large\s+language)\s+
    + They trained 36 fashions on the data. -> They trained 36 models on the data.
    + Large language fashions are costly. -> Large language models are costly.
    - Spring fashions arrived in the shops.
declare -> claim | pos=noun forms=NN gate=always conf=0.93 id=news:declare->claim.noun before=\b(?:a|the|this|his|her|their|its|any|false|new|unfounded|baseless|dubious)\s+ not_after=\s+(?:of\s+)?(?:war|independence|bankruptcy|victory|martial|emergency|a\s+state)\b
    + He made a declare that Musk meant to defraud. -> He made a claim that Musk meant to defraud.
    - They voted to declare war.
    - States that declare war must say so.
each -> both | conf=0.9 id=news:each->both.pair after=\s+the\s+[\w-]+\s+and\s+the\s+[\w-]+\b
    + She faces corralling each the conservatives and the moderates. -> She faces corralling both the conservatives and the moderates.
    - Two rooms, each the size of a hall.

# batch 18: Congress and government words this spinner family breaks (Home, workplace, ground,
# Training, Protection, packages), adverbs it inflates (essentially the most, doubtlessly,
# will likely be, could also be), back -> again in fixed phrases, credit -> credit score
Home -> House | id=news:home->house.day case=exact gate=always conf=0.92 before=(?-i:\b[Tt]he)\s+ after=\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:convened|convenes|reconvened|adjourned|plan|model|invoice|measure|conservatives|majority|chamber|GOP|appropriators|management)\b|(?:is|was)\s+(?:anticipated|expected|scheduled|set)\b)
    + The Home on Friday voted to finalize it. -> The House on Friday voted to finalize it.
    + The Home plan contains payments. -> The House plan contains payments.
    - The Home on the hill was sold.
Home -> House | id=news:home->house.group case=exact gate=always conf=0.92 after=\s+(?:conservatives|appropriators|GOP|Price\s+range|Budget|Guidelines|Minority\s+Whip|Majority\s+Whip|and\s+Senate)\b|-(?:handed|passed|wide)\b
    + A revolt by 4 Home conservatives upended plans. -> A revolt by 4 House conservatives upended plans.
    + Home and Senate appropriators agreed. -> House and Senate appropriators agreed.
    - Home and garden shows open today.
Home -> House | id=news:home->house.of case=exact gate=always conf=0.95 before=\b(?:Speaker|speaker|ground|flooring|floor|members|management|leadership|control|majority)\s+of\s+the\s+ not_after=\s+(?:Guard|Office|Secretary|Affairs|Counties|Fleet|Army)\b
    + Speaker of the Home Mike Johnson spoke. -> Speaker of the House Mike Johnson spoke.
    - He spoke about the members of the Home Guard.
workplace -> office | id=news:workplace->office.spoke gate=always conf=0.9 before=(?:['’]s|\b(?:his|her|their|its|my|our|your))\s+ after=\s+(?:stated|mentioned|said|says|wrote|writes|added|referred|confirmed|declined|issued|launched|released|introduced|announced|responded|pushed|advised|instructed|told|knowledgeable|informed|didn['’]t\s+(?:reply|respond)|did\s+not\s+(?:reply|respond))\b
    + Her workplace mentioned in an email that it agreed. -> Her office mentioned in an email that it agreed.
    + Scalise’s workplace wrote. -> Scalise’s office wrote.
    - Her workplace has a gym.
workplace -> office | id=news:workplace->office.title gate=always conf=0.9 before=\b(?:clerk|mayor|governor|prosecutor|president|senator|speaker|minister|chancellor|sheriff|coroner|auditor|comptroller|treasurer|secretary|commissioner|director|inspector|ombudsman|registrar|legal\s+professional|lawyer|attorney|congressman|congresswoman|spokesman|spokesperson)['’]s\s+
    + He retired from the clerk’s workplace after 33 years. -> He retired from the clerk’s office after 33 years.
    - The factory is a dangerous workplace for women.
Workplace -> Office | id=news:workplace->office.of case=exact gate=always conf=0.92 after=\s+of\s+(?:the\s+)?(?-i:[A-Z])
    + The Workplace of the President replied. -> The Office of the President replied.
    - The Workplace safety rules apply.
ground vote -> floor vote | gate=always conf=0.95
ground votes -> floor votes | gate=always conf=0.95
ground speech -> floor speech | gate=always conf=0.95
ground debate -> floor debate | gate=always conf=0.93
the ground of the Senate -> the floor of the Senate | gate=always conf=0.95
ground -> floor | id=news:ground->floor.congress conf=0.8 before=\bon\s+the\s+ after=\s+(?:of\s+the\s+(?:Home|House|Senate|chamber)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this\s+week|subsequent\s+week|next\s+week|later\s+this\s+week)\b)
    + The bill is on the ground of the Senate. -> The bill is on the floor of the Senate.
    - Troops are on the ground in the north.
learn -> read | id=news:learn->read.passive gate=always conf=0.9 before=\b(?:be|been|being)\s+(?:\w+ly\s+)?
    + It forced the bill to be learn on the floor. -> It forced the bill to be read on the floor.
    - They will be learning fast.
learn aloud -> read aloud | pos=verb gate=always conf=0.97
Training Secretary -> Education Secretary | case=exact gate=always conf=0.95
increased training -> higher education | conf=0.95 evidence=no
postsecondary training -> postsecondary education | conf=0.92 evidence=no
Protection -> Defense | id=news:protection->defense.department case=exact gate=always conf=0.95 before=\b(?:departments|Departments|Division|Secretary|Secretaries)\s+of\s+ not_after=\s+(?-i:[A-Z])
    + It covers the departments of Protection and Labor. -> It covers the departments of Defense and Labor.
    - The Secretary of Protection Services spoke.
package -> program | id=news:package->program.service pos=noun forms=NNS conf=0.8 before=\b(?:unemployment|vitamin|nutrition|social|welfare|federal|coaching|training|vaccination|vaccine|faculty|school|after-school|mortgage|loan|lending|bond-buying|asset-buying|anti-poverty|poverty|entitlement|well\s+being|health|safety\s+internet|security\s+internet|housing|jobs|job|employment)\s+
    + Cuts hit well being care and vitamin packages. -> Cuts hit well being care and vitamin programs.
    - Food packages were handed out.
pupil mortgage -> student loan | pos=noun gate=always conf=0.97
mortgage forgiveness -> loan forgiveness | gate=always conf=0.95
scholar debtors -> student borrowers | gate=always conf=0.95
pupil debtors -> student borrowers | gate=always conf=0.95
essentially the most -> the most | conf=0.9 not_after=\s+(?:part|half)\b
    + He faces essentially the most severe charges. -> He faces the most severe charges.
    - It is essentially the most part of the job.
doubtlessly -> potentially | gate=always conf=0.93
despatched -> sent | conf=0.8 evidence=no
will likely be -> will be | conf=0.6 evidence=no not_after=\s*[,.;:]
    + They will likely be acknowledged by the chief. -> They will be acknowledged by the chief.
    - Nobody knows how big it will likely be.
could also be -> may be | conf=0.6 evidence=no not_after=\s*[,.;:]
    + Their choices could also be restricted. -> Their choices may be restricted.
    - It was not as bad as it could also be, he said; nor could also be.
was once -> was | id=news:was_once->was.progressive conf=0.85 after=\s+\w+ing\b not_after=\s+(?:king|thing|something|nothing|everything|anything|ring|wing|string|spring|building|wedding|meeting|morning|evening|darling|ceiling|sibling|being)\b
    + It said it was once assessing the debt. -> It said it was assessing the debt.
    - He was once a king.
    - She was once being watched.
again room -> back room | gate=always conf=0.95 before=\b(?:a|the|into|in|from|right\s+into)\s+
    + He vanished right into a again room. -> He vanished right into a back room.
    - It blocks until there is again room in the buffer.
again to work -> back to work | conf=0.9
again to Washington -> back to Washington | conf=0.9
push again -> push back | pos=verb conf=0.85 after=\s+(?:on|towards|toward|against|in\s+opposition\s+to|at|the\s+(?:date|deadline|vote|timeline|schedule|start))\b
    + Her office pushed again on that claim. -> Her office pushed back on that claim.
    - They pushed again and again.
convey again -> bring back | pos=verb conf=0.95
again below management -> back under control | gate=always conf=0.97
tax credit score -> tax credit | pos=noun gate=always conf=0.97
credit score card -> credit card | pos=noun gate=always conf=0.97
Credit score Suisse -> Credit Suisse | case=exact gate=always conf=0.99
referred to as -> called | id=news:referred_to_as->called.active conf=0.75 evidence=no not_before=\b(?:is|are|was|were|be|been|being|often|commonly|sometimes|usually|also|generally|widely|now|collectively|formally|informally|affectionately|popularly|still|simply|variously|frequently|occasionally|what\s+is|what['’]s)\s+ not_after=\s+(?:a|an|the)\s+(?:so-called|term)\b
    + Stout referred to as the plan important. -> Stout called the plan important.
    - The zone is often referred to as the no-go area.
    - It is what is referred to as a stress test.
the place -> where | id=news:the_place->where.clause conf=0.75 evidence=no before=\b(?:Senate|House|Home|state|states|nation|country|city|town|areas|space|locations|locations|group|neighborhood|region|area|camp|village|room|faculty|school|court|courtroom|hospital|county|district|community|farm|kibbutz)\s+ after=\s+(?:Democrats|Republicans|he|she|they|it|we|I|you|there|officers|officials|individuals|people|residents|troops|police|most|many|a|an|the)\b
    + It goes to the Senate the place Democrats hold a majority. -> It goes to the Senate where Democrats hold a majority.
    - She visited the city the place on the map was marked.

# batch 19: markets and politics words from pages of other spinners (as a lot as, steerage,
# prolonged buying and selling, information heart), `information` and `by way of` in the senses
# only `data` and `by` fit, `cross` and `finish` with a bill or a war
as a lot as -> as much as | gate=always conf=0.97
steerage -> guidance | gate=always conf=0.93 not_before=\b(?:in|travel|travelled|traveled|third-class|the)\s+ not_after=\s+(?:class|passengers?|deck|quarters|compartment|ticket|fare)\b
    + Its fourth quarter steerage was under estimates. -> Its fourth quarter guidance was under estimates.
    - They crossed the Atlantic in steerage class.
prolonged buying and selling -> extended trading | gate=always conf=0.99
prolonged commerce -> extended trading | gate=always conf=0.97
information heart -> data center | pos=noun gate=always conf=0.97
information centre -> data centre | pos=noun gate=always conf=0.95
information -> data | id=news:information->data.source conf=0.75 before=\b(?:consensus|jobs|employment|payroll|payrolls|occupations|inflation|GDP|PMI|manufacturing|polling|census|pricing|LSEG|FactSet|Refinitiv|Bloomberg\s+consensus|Dealogic|Morningstar|PitchBook|Crunchbase|CoinGecko|CoinMarketCap|Glassnode|Kpler|Vortexa|Cirium)\s+
    + It beat estimates, per Bloomberg consensus information. -> It beat estimates, per Bloomberg consensus data.
    - He shared flu information with the press.
information -> data | id=news:information->data.from conf=0.75 after=\s+from\s+(?:LSEG|FactSet|Refinitiv|Dealogic|Morningstar|PitchBook|Crunchbase|CoinGecko|CoinMarketCap|Glassnode|Kpler|Vortexa|Cirium|Eurostat|S&P\s+(?:World|Global)|the\s+(?:Labor|Commerce|Census|Bureau|Division|Department|Workplace|Office|Ministry|Nationwide|National)\b)
    + Sales rose, based on information from LSEG. -> Sales rose, based on data from LSEG.
    - He gave information from his diary.
by way of -> by | id=news:by_way_of->by.agent gate=always conf=0.92 before=\b(?:polled|surveyed|led|caused|quoted|cited|killed|injured|wounded|arrested|criticized|criticised|condemned|praised|dominated|shot|stabbed|attacked|overseen|chaired|headed|vetoed|rejected|blocked|ousted|defeated|crushed|authored|endorsed|appointed|nominated|elected|sued|fined|banned|sanctioned|targeted)\s+
    + Economists polled by way of Reuters expected it. -> Economists polled by Reuters expected it.
    - Funds moved by way of Hong Kong.
via -> by | id=news:via->by.agent conf=0.8 before=\b(?:polled|surveyed|owned|operated|led|backed|caused|written|quoted|cited|killed|injured|arrested|charged|criticized|criticised|condemned|praised|dominated|lower|lowered|raised|elevated|decreased|diminished|shot|stabbed|attacked|accompanied|chaired|headed|vetoed|rejected|blocked|ousted|defeated|sponsored|authored|endorsed|appointed|nominated|elected|hired|fired|sued|fined|banned|sanctioned)\s+
    + The rate was lower via 25 basis points. -> The rate was lower by 25 basis points.
    - Payments were made via bank transfer.
cross -> pass | id=news:cross->pass.bill pos=verb conf=0.8 after=\s+(?:the|a|an|this|that|its|their|his|her|our|each)\s+(?:[\w-]+\s+){0,4}?(?:invoice|invoices|bill|bills|laws|legislation|measure|measures|package\s+deal|finances|budget|decision|resolution|modification|amendment|reform|reforms)\b
    + The chamber will cross a different model of the invoice. -> The chamber will pass a different model of the invoice.
    - They had to cross the border with a plan.
finish -> end | id=news:finish->end.conflict pos=verb forms=VB,VBZ,VBG conf=0.8 after=\s+(?:the\s+|a\s+|this\s+|its\s+)?(?:(?:authorities|government|federal|partial|longest|record)\s+)?(?:shutdown|conflict|battle|struggle|war|warfare|strike|strikes|stalemate|standoff|impasse|deadlock|violence|combating|fighting|preventing|blockade|siege|occupation|bloodshed|hostilities|lockdown|pandemic|dispute|feud|embargo|sanctions|suffering|bombardment|offensive|invasion)\b
    + A Senate bill to finish authorities shutdown passed. -> A Senate bill to end authorities shutdown passed.
    - They want to finish the race first.
increased than -> higher than | gate=always conf=0.9
expectancies -> expectations | gate=always conf=0.92 not_before=\blife\s+|\b(?:life|lifetime|career)-
    + That is in line with expectancies from economists. -> That is in line with expectations from economists.
    - Life expectancies rose.
yr over yr -> year over year | gate=always conf=0.97
yr on yr -> year on year | gate=always conf=0.97
lack -> loss | id=news:lack->loss.money pos=noun forms=NN conf=0.85 before=\b(?:a|its|the|quarterly|net|internet|web|working)\s+ after=\s+of\s+(?:\$|£|€|¥|\d)
    + The company reported a lack of $0.46 a share. -> The company reported a loss of $0.46 a share.
    - The project suffered a lack of staff.
best since -> highest since | conf=0.75 before=\b(?:the|its|their)\s+ after=\s+(?:\d|January|February|March|April|Might|June|July|August|September|October|November|December|early|late|mid)
    + Brent hit $109, also the best since March 28. -> Brent hit $109, also the highest since March 28.
    - It was his best since 2019.
assist -> support | id=news:assist->support.votes pos=noun forms=NN conf=0.8 before=\b(?:muster|garner|garnered|win|won|gain|gained|safe|secure|secured|earn|earned|lose|lost|enough|sufficient|bipartisan|broad|widespread|in\s+style|Republican|Democratic|GOP|voter|majority)\s+(?:the\s+)?
    + She tried to muster sufficient assist to move the bill. -> She tried to muster sufficient support to move the bill.
    - They sent assist to the victims.
based on -> according to | id=news:based_on->according_to.tail conf=0.7 evidence=no before=,\s+ after=\s+(?:the\s+)?(?:video|report|assertion|statement|filing|submitting|footage|sources|officers|officials|individuals|people|analysts|economists|a\s+(?:press\s+launch|press\s+release|remark|assertion|statement|report|supply|source)|the\s+(?:company|firm|agency|ministry|division|department|corporate|police|military|navy))\b(?!['’])
    + Two removed their masks, based on the video. -> Two removed their masks, according to the video.
    - Prices are set, based on the report's method.
particular person -> individual | id=news:particular_person->individual.attr conf=0.8 after=\s+(?!(?:is|was|has|does|says|as|his|its|this|thus|plus|always|perhaps|unless|whereas|besides|across|towards)\b)[a-z]+s\b
    + The bill was handed in pieces out of particular person committees. -> The bill was handed in pieces out of individual committees.
    - A particular person was hurt.
    - The particular person is safe.

# batch 20: `laws` where this spinner family means `legislation` (it writes `legal guidelines`
# for laws), `subsequent` as an adverb, `income` in an earnings report, `quantity` before a mass
# noun, `provide` as a noun, `right here`
laws -> legislation | id=news:laws->legislation.plain conf=0.6 evidence=no not_after=\s+(?:of|and\s+(?:regulations|rules|guidelines|laws)|that\s+govern|governing)\b|\s*[-–]\s*(?:making|maker|makers)\b not_before=\b(?:its|their|our|his|her|national|state|federal|local|international|worldwide|existing|current|present|immigration|gun|tax|labour|labor|privacy|antitrust|anti-trust|election|blasphemy|Sharia|religious|civil|criminal|felony|prison|these|those|such|strict|stricter|tough|tougher|lax|weak|draconian|repressive|many|several|two|three|both|all|various|varied|different|totally\s+different|other|which|many)\s+|\bby-
    + Murkowski finally supported the laws regardless of misgivings. -> Murkowski finally supported the legislation regardless of misgivings.
    + It would approve the laws alone. -> It would approve the legislation alone.
    - It broke the laws of physics.
    - Strict laws for banks were passed.
subsequent -> next | id=news:subsequent->next.adverb gate=always conf=0.9 before=\b(?:would|will|could|might|can|shall|should|must|to|it['’]s\s+going\s+to|is\s+going\s+to|are\s+going\s+to|then)\s+ after=\s+(?:go|sit|meet|vote|face|take|head|travel|visit|play|appear|return|turn|move|consider|hear|debate|step|look)\b
    + The court would subsequent sit on Friday. -> The court would next sit on Friday.
    - The court would subsequently sit on Friday.
subsequent -> next | id=news:subsequent->next.the conf=0.7 before=\bthe\s+ after=\s+(?:day|morning|afternoon|evening|night|round|step|steps|stage|phase|election|assembly|gathering|session|summit|match|recreation|game|season|president|chief|prime\s+minister|chancellor|authorities|generation|era|decade|wave|one|few|two|three|time|ceasefire|cease-fire|truce|meeting)\b(?!['’])
    + The subsequent ceasefire must be the last. -> The next ceasefire must be the last.
    - The subsequent investigation found nothing.
Q1 income -> Q1 revenue | conf=0.85
Q2 income -> Q2 revenue | conf=0.85
Q3 income -> Q3 revenue | conf=0.85
Q4 income -> Q4 revenue | conf=0.85
income steerage -> revenue guidance | gate=always conf=0.97
income forecast -> revenue forecast | pos=noun conf=0.8
income estimates -> revenue estimates | conf=0.8
on income of -> on revenue of | conf=0.85 before=(?:\$[\d.,]+|share|EPS|\)|cents)\s+
    + It earned $1.05 a share on income of $46.7 billion. -> It earned $1.05 a share on revenue of $46.7 billion.
    - It paid a tax on income of $50,000.
quantity of -> amount of | id=news:quantity_of->amount_of.mass conf=0.8 after=\s+(?:\w+\s+)?(?:water|cash|money|time|power|vitality|energy|knowledge|data|information|oil|gasoline|fuel|gas|meals|food|debt|assist|help|support|work|effort|stress|strain|pressure|consideration|attention|proof|evidence|rain|snow|ice|harm|damage|ache|pain|uncertainty|threat|risk|funding|investment|spending|income|revenue|earnings|capital|credit|liquidity|land|space|room|sugar|salt|fats|fat|alcohol|electrical\s+energy|electricity|waste|plastic|carbon|radiation|noise|gentle|light|warmth|heat|materials|material|sources|resources)\b
    + There was a good quantity of chilly water thrown on it. -> There was a good amount of chilly water thrown on it.
    - A quantity of protesters gathered.
the identical quantity -> the same amount | gate=always conf=0.9
provide -> supply | id=news:provide->supply.noun conf=0.8 before=\b(?:world|worldwide|international|global|tight|oil|crude|gasoline|fuel|gas|vitality|energy|Russian|Libyan|Saudi|Iranian|Venezuelan|OPEC|OPEC\+|outpacing|outpaced|outstripping|outstripped|exceeds|exceeded|restrict|restricted|tightening|constrained|additional|further|new|extra)\s+ after=(?:\s*[,.;:—–)]|\s+(?:amid|pressures|pressure|losses|worries|fears|concerns|considerations|dangers|risks|shock|shocks|squeeze|crunch|deficit|surplus|glut|disruption|disruptions|outages|cuts|issues|points|from|as|is|was|and\s+demand)\b)
    + Outages deepened concern over tight world provide amid the war. -> Outages deepened concern over tight world supply amid the war.
    + Cloud demand is outpacing provide. -> Cloud demand is outpacing supply.
    - We will provide details and demand answers.
right here -> here | conf=0.6 evidence=no not_before=\b(?:from|proper)\s+ not_after=\s+(?:in|on|at|and\s+now|now)\b
    + Her parents are right here, but they often attend. -> Her parents are here, but they often attend.
    - We will cut farther from right here.

# batch 21: fixed phrases this spinner family breaks (take half in, a half of, live as much as,
# little modified, play by the guidelines), `saved` before an -ing verb, `complete` as a noun
take half in -> take part in | pos=verb gate=always conf=0.95 not_after=\s+(?:cash|shares|stock|stocks|bonds|gold|equity|kind|dollars|euros|pounds|money|cash)\b
    + Adults who took half in a cohort study wore a tracker. -> Adults who took part in a cohort study wore a tracker.
    - The seller took half in cash.
a half of -> a part of | gate=always conf=0.9 not_before=\b(?:and|one|two|three|an\s+hour\s+and)\s+ not_after=\s+(?:a|an|one|the\s+(?:cost|price|total|amount|sum))\b
    + The town is a half of the district. -> The town is a part of the district.
    - He ran a mile and a half of the course.
live as much as -> live up to | pos=verb gate=always conf=0.97
little modified -> little changed | conf=0.95
by the guidelines -> by the rules | gate=always conf=0.93 before=\b(?:play|plays|played|playing|stick|sticks|stuck|sticking|abide|abides|abided|abiding)\s+
    + He betrayed every resident who plays by the guidelines. -> He betrayed every resident who plays by the rules.
    - Drugs are prescribed by the guidelines of the board.
save -> keep | id=news:save->keep.ing pos=verb forms=VBD,VBZ,VBG gate=always conf=0.9 after=\s+(?:giving|going|coming|getting|making|trying|asking|saying|telling|pushing|rising|falling|growing|climbing|dropping|losing|winning|playing|working|running|calling|hoping|looking|talking|pressing|waiting)\b
    + I saved giving up after 4 days. -> I kept giving up after 4 days.
    - It saved them going to court.
complete -> total | id=news:complete->total.noun conf=0.8 before=(?:\b(?:its|their|the)|['’]s)\s+ after=(?:\s*[,.;]|\s+(?:power|vitality|energy|consumption|use|utilization|output|revenue|income|spending|debt|variety|quantity|amount|inhabitants|population|workforce|emissions|capability|capacity|tally|rely)\b)
    + Online sales make up 41 p.c of the group's complete, up from 36. -> Online sales make up 41 p.c of the group's total, up from 36.
    - The work is complete.
requested for -> asked for | conf=0.85 before=\b(?:he|she|they|we|I|who|He|She|They|We)\s+
    + He requested for a sentence of 3 years. -> He asked for a sentence of 3 years.
    - The papers requested for the review arrived.

# batch 22: `worldwide` for global in economic phrases, `home` for domestic beside foreign,
# plain forms this spinner family leaves in every text (electronic mail, underneath, shall be,
# bodily, embrace, the transfer), idioms with `maintain` and `signal`, basis points after via
worldwide financial system -> global economy | gate=always conf=0.95
worldwide economic system -> global economy | gate=always conf=0.97
worldwide warming -> global warming | gate=always conf=0.99
worldwide recession -> global recession | conf=0.93
worldwide pandemic -> global pandemic | conf=0.93
worldwide demand -> global demand | conf=0.85
worldwide provide -> global supply | gate=always conf=0.95
worldwide progress -> global growth | gate=always conf=0.97
worldwide development -> global growth | conf=0.85
home and exterior -> domestic and external | conf=0.95
home and overseas -> domestic and foreign | conf=0.95
home and worldwide -> domestic and international | conf=0.93
Getty Photographs -> Getty Images | case=exact gate=always conf=0.99
Getty Photographs Information -> Getty Images News | case=exact gate=always conf=0.99
Getty Pictures Information -> Getty Images News | case=exact gate=always conf=0.99
Protection -> Defense | id=news:protection->defense.list case=exact gate=always conf=0.92 before=(?-i:\b(?:State|Labor|Justice|Commerce|Treasury|Energy|Vitality|Agriculture|Transportation|Education|Training|Interior|Homeland\s+Safety|Homeland\s+Security|Veterans\s+Affairs)),\s+ not_after=\s+(?-i:[A-Z])
    + It funds the departments of State, Protection, Labor and Health. -> It funds the departments of State, Defense, Labor and Health.
    - It funds the departments of State, Protection Services and Health.
one of many household -> one of the family | gate=always conf=0.95
via -> by | id=news:via->by.points conf=0.85 after=\s+(?:\d[\d.,]*|a\s+quarter|half|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|fifty)\s+(?:foundation\s+issues|foundation\s+factors|basis\s+points|p\.c|percent|per\s+cent|proportion\s+factors|proportion\s+issues|percentage\s+points|cents|pence|yen|factors)\b
    + The rate was trimmed in June via 10 foundation issues. -> The rate was trimmed in June by 10 foundation issues.
    - Tickets are sold via 10 outlets.
by way of -> by | id=news:by_way_of->by.points gate=always conf=0.92 after=\s+(?:\d[\d.,]*|a\s+quarter|half|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|fifty)\s+(?:foundation\s+issues|foundation\s+factors|basis\s+points|p\.c|percent|per\s+cent|proportion\s+factors|proportion\s+issues|percentage\s+points|cents|pence|yen|factors)\b
    + Rates were lower by way of 25 basis points. -> Rates were lower by 25 basis points.
    - He travelled by way of 3 cities.
model of the invoice -> version of the bill | gate=always conf=0.95
model of the laws -> version of the legislation | gate=always conf=0.95
maintain up with -> keep up with | pos=verb gate=always conf=0.95
maintain tabs on -> keep tabs on | pos=verb gate=always conf=0.97
maintain in thoughts -> keep in mind | gate=always conf=0.97
maintain a watch on -> keep an eye on | pos=verb gate=always conf=0.97
maintain an eye fixed on -> keep an eye on | pos=verb gate=always conf=0.97
signal it into legislation -> sign it into law | gate=always conf=0.97
signal it into regulation -> sign it into law | gate=always conf=0.97
signal the invoice -> sign the bill | pos=verb gate=always conf=0.97
electronic mail -> email | conf=0.8 evidence=no
underneath -> under | id=news:underneath->under.plain conf=0.7 evidence=no
shall be -> will be | conf=0.6 evidence=no not_before=\bnor\s+
    + The government shall be funded by the end of September. -> The government will be funded by the end of September.
    - Nor shall be any right.
bodily -> physical | conf=0.7 evidence=no not_after=\s+(?:harm|hurt|damage|fluids?|functions?|injury|injuries|autonomy|integrity|waste|contact|ailments?|sensations?|processes)\b
    + He would sell nearly all his bodily possessions. -> He would sell nearly all his physical possessions.
    - He was charged with grievous bodily harm.
embrace -> include | pos=verb conf=0.6 evidence=no not_after=\s+(?:the\s+|a\s+|an\s+)?(?:change|changes|challenge|challenges|opportunity|alternative|future|technology|expertise|idea|concept|notion|diversity|range|variety|new|it|them|him|her|me|us|you|each\s+other|one\s+another|his|her|their|its|our|my|your)\b
    + Its brands embrace Hoover and Milwaukee. -> Its brands include Hoover and Milwaukee.
    - Voters embrace change.
transfer -> move | id=news:transfer->move.noun pos=noun forms=NN conf=0.65 evidence=no before=(?:\b(?:the|this|that|today|nowadays|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|\b(?:the|this|that|shock|surprise|sudden|unexpected|stunning|landmark|historic|controversial|bold|daring|latest|newest|rare|uncommon|unusual|similar|comparable|symbolic|political|strategic|tactical|diplomatic))\s+ not_after=\s+(?:of|to|from|window|price|worth|value|fee|charge|payment|tax|request|market|system|station|deadline|ban|embargo|record|file|saga|speculation|rumours?|rumors?|bid|portal|list|case|process|agreement|settlement|deal|papers|paperwork)\b|['’]s\b
    + The transfer marks a step forward. -> The move marks a step forward.
    + Today’s transfer may boost demand. -> Today’s move may boost demand.
    - The transfer of power was peaceful.
    - The transfer window shut on Friday.

# batch 23: phrases this spinner family writes for short function phrases (in some unspecified
# time in the future, in entrance of, without doubt one of the, tips on how to, could possibly
# be), and the demand/boost words of another spinner (spice up call for)
in some unspecified time in the future -> at some point | gate=always conf=0.99
in entrance of -> in front of | gate=always conf=0.97
proper in entrance of -> right in front of | gate=always conf=0.99
without doubt one of the -> one of the | conf=0.85 evidence=no
without doubt one of many -> one of the | gate=always conf=0.97
tips on how to -> how to | conf=0.8 evidence=no before=\b(?:know|knows|knew|known|learn|learns|learned|learnt|understand|understands|understood|decide|decides|decided|deciding|determine|determines|determined|figure\s+out|work\s+out|unsure|not\s+sure|uncertain|debate|debated|debating|discuss|discussed|discussing|about|over|question|questions|clear|unclear|show|shows|showed|taught|teach|teaches|tell|told|advised|consider|considering|considered|weigh|weighing|weighed|plan|plans|planning|study|studying|grappling\s+with|wrestling\s+with|struggling\s+with|agree\s+on|agreed\s+on|divided\s+on|split\s+on)\s+
    + They must decide tips on how to react to them. -> They must decide how to react to them.
    - Here are ten tips on how to save money.
could possibly be -> could be | conf=0.6 evidence=no
is not going to be -> will not be | conf=0.6 evidence=no
that’s the reason -> that is why | conf=0.7 evidence=no not_after=\s+(?:for|behind|given|cited|that|I|we|he|she|they|you)\b
    + That’s the reason the courts exist. -> That is why the courts exist.
    - That’s the reason given by the firm.
now we have -> we have | conf=0.6 evidence=no not_before=(?:^|[.!?]["”’]?\s+|\n)|\b(?:and|but|so|until|till|by)\s+ not_after=\s+(?:to|got|been|a\s+chance)\b
    + We need it, as a result of now we have big needs. -> We need it, as a result of we have big needs.
    - Now we have a plan.
    - We waited, and now we have a deal.
may just -> could | conf=0.6 evidence=no not_after=\s+(?:be|have|as\s+well|work|happen|turn\s+out|prove|get\s+lucky|pay\s+off|save)\b
    + Today’s move may just spice up demand. -> Today’s move could spice up demand.
    - It may just work.
spice up call for -> boost demand | gate=always conf=0.99
spice up -> boost | pos=verb conf=0.85 after=\s+(?:the\s+|its\s+|their\s+)?(?:call\s+for|demand|enlargement|expansion|growth|progress|output|manufacturing|production|gross\s+sales|sales|income|revenue|earnings|profits|costs|prices|shares|inventory|stocks|financial\s+system|economic\s+system|morale|confidence|self\s+assurance|investment|funding|spending|lending|liquidity|exports|imports|wages|jobs|employment|hiring|lending)\b
    + The cut will spice up growth. -> The cut will boost growth.
    - Chilli will spice up the dish.
call for for -> demand for | gate=always conf=0.97
call for -> demand | id=news:call_for->demand.noun conf=0.8 before=\b(?:weak|robust|sturdy|strong|rising|falling|soaring|sluggish|vulnerable|susceptible|global|world|worldwide|home|client|consumer|shopper|oil|gasoline|gas|fuel|power|vitality|energy|chip|cloud|travel|commute|housing|loan|mortgage|credit\s+score|credit|export|import|pent-up|spice\s+up|boost|dampen|weaken|cool|cooled|cooling|curb|curbed|meet|met|outstrip|outstripped|outpace|outpaced|combination|aggregate|seasonal|underlying|total|overall|general)\s+ not_after=\s+(?:calm|restraint|peace|help|action|talks|an?\s+|the\s+|his|her|their|its)\b
    + Weak call for weighed on prices. -> Weak demand weighed on prices.
    - Leaders issued a strong call for calm.
nowadays's -> today's | gate=always conf=0.95

# batch 24: senses only the original fits (known as on, harm as a sports injury, expertise
# shares, exhibits that, the next assembly, attain before a number or a group of people,
# attainable at a clause end)
known as on -> called on | gate=always conf=0.95 not_after=-
    + The minister known as on each sides to talk. -> The minister called on each sides to talk.
    - It is known as on-chain data.
as quick as attainable -> as quick as possible | gate=always conf=0.99
attainable -> possible | id=news:attainable->possible.end conf=0.8 before=\b(?:is|was|are|were|be|been|not|if|where|wherever|when|whenever|it\s+is|it['’]s|as\s+\w+\s+as)\s+ after=\s*[,.;:!?)]
    + Officials warned that further flooding was attainable. -> Officials warned that further flooding was possible.
    - The goal is attainable within a decade.
attain -> reach | id=news:attain->reach.target pos=verb conf=0.8 after=\s+(?:(?:\$|£|€)?\d|(?:the\s+)?(?:individuals|people|youngsters|children|kids|victims|sufferers|patients|survivors|households|families|communities|residents|civilians|voters|prospects|customers|shoppers|audiences|viewers|shore|land|safety|semi-finals?|quarter-finals?|last\s+\w+|final|finals)\b)
    + Temperatures are expected to attain 38C on Thursday. -> Temperatures are expected to reach 38C on Thursday.
    + Aid workers must attain the individuals in need. -> Aid workers must reach the individuals in need.
    - Few attain the wisdom of age.
harm -> injury | id=news:harm->injury.body pos=noun conf=0.85 before=\b(?:hamstring|knee|ankle|calf|groin|shoulder|again|neck|wrist|hip|thigh|foot|toe|elbow|Achilles|ligament|muscle|leg|arm|hand|finger|thumb|spinal|rib|chest|abdominal|career-threatening|season-ending|recurring|persistent)\s+
    + She has struggled with a hamstring harm for two seasons. -> She has struggled with a hamstring injury for two seasons.
    - It did minor harm to the economy.
harm -> injury | id=news:harm->injury.trouble pos=noun forms=NN conf=0.8 after=\s+(?:issues|problems|worries|considerations|concerns|lay-off|layoff|setbacks?|scare|doubts?|record|historical\s+past|history)\b
    + She is a medal hope regardless of her harm problems. -> She is a medal hope regardless of her injury problems.
    - The harm done was lasting.
expertise shares -> technology shares | gate=always conf=0.97
expertise stocks -> technology stocks | gate=always conf=0.97
expertise firms -> technology firms | gate=always conf=0.95
expertise corporations -> technology companies | gate=always conf=0.97
expertise giants -> technology giants | gate=always conf=0.97
expertise large -> technology giant | gate=always conf=0.97
expertise sector -> technology sector | gate=always conf=0.95
expertise firm -> technology firm | gate=always conf=0.93
expertise firm's -> technology firm's | gate=always conf=0.93
exhibit -> show | id=news:exhibit->show.clause pos=verb forms=VBZ conf=0.85 after=\s+(?:that|how|why|what|whether|no\s+signal|no\s+signs?|indicators|signs|a\s+(?:rise|fall|drop|decline|increase|sharp|steep|slight|modest|marked|clear))\b
    + It exhibits that the future of the industry can be bright. -> It shows that the future of the industry can be bright.
    - The museum exhibits paintings from Spain.
assembly -> meeting | id=news:assembly->meeting.next pos=noun forms=NN conf=0.8 before=\b(?:subsequent|next|final|last|earlier|previous|upcoming|scheduled|emergency|month-to-month|monthly|weekly|coverage|policy|shareholder|ministerial|face-to-face|in-person)\s+ not_after=\s+(?:line|lines|plant|plants|hall|elections?|members?|speaker|seats?|constituency|district|polls?)\b
    + Rates will stay on hold at its subsequent assembly. -> Rates will stay on hold at its subsequent meeting.
    - The car maker opened the final assembly line.

# batch 25: central-bank words of this spinner family (the speed for the rate, charge rises,
# rate of interest cuts, value inflation, additional as an adverb, a assembly), and a few
# epidemic and currency words
speed -> rate | id=news:speed->rate.policy conf=0.85 before=\b(?:raise|raised|raising|raises|elevate|elevated|elevating|lift|lifted|lifting|hike|hiked|hiking|extend|extended|extending|increase|increased|increasing|minimize|minimized|minimizing|lower|lowered|lowering|cut|cuts|cutting|reduce|reduced|reducing|trim|trimmed|trimming|maintain|maintained|maintaining|hold|held|holding|keep|kept|keeping|depart|departed|left|leave|leaving|set|sets|setting)\s+(?:the|its|their)\s+ after=\s+(?:(?:by|to|at|from)\s+(?:\d[\d.]*\s*(?:%|p\.c|per\s+cent|percent|foundation|basis)|a\s+quarter|half)|(?:unchanged|on\s+maintain|on\s+hold|regular|steady)\b)
    + The committee voted 7-2 to raise the speed by 0.5%. -> The committee voted 7-2 to raise the rate by 0.5%.
    + Two members preferred to maintain the speed at 4.5%. -> Two members preferred to maintain the rate at 4.5%.
    - Officials lowered the speed to 20 mph.
extend the speed -> increase the rate | gate=always conf=0.9
charge -> rate | id=news:charge->rate.policy pos=noun conf=0.85 before=\b(?:the|that|this|further|additional|extra|future|any|coverage|policy|benchmark|key|lending|deposit|repo|base|financial\s+institution|central\s+financial\s+institution|Fed|BoE|ECB|first|subsequent|next)\s+ after=\s+(?:rises|rise|hikes?|will\s+increase|increases|cuts?|reductions?|path|outlook|expectations|expectancies|setting|setters|selections?|choices?|decisions?|at\s+\d|to\s+\d|by\s+\d|of\s+\d|in\s+Might|in\s+May)\b
    + It remained at that charge in May. Further charge rises may come. -> It remained at that rate in May. Further rate rises may come.
    - They face a further charge of fraud.
rate of interest -> interest rate | gate=always conf=0.95 after=\s+(?:cuts?|hikes?|rises?|will\s+increase|increases?|reductions?|choice|decision|selections?|decisions?|path|outlook|expectations|expectancies|setting|differentials?|swaps?|futures|sensitive)\b|-sensitive\b
    + Markets were wrong in anticipating rate of interest cuts. -> Markets were wrong in anticipating interest rate cuts.
    - The rate of interest on the loan is fixed.
value inflation -> price inflation | conf=0.93
will increase -> increases | id=news:will_increase->increases.further gate=always conf=0.9 before=\b(?:additional|further|extra)\s+
    + The statement makes additional will increase conditional on bad data. -> The statement makes additional increases conditional on bad data.
    - Rents will increase further next year.
additional -> further | id=news:additional->further.adverb gate=always conf=0.9 before=\b(?:fall|falls|fell|falling|rise|rises|rose|rising|go|went|going|push|pushed|pushing|cut|decline|declined|declining|drop|dropped|dropping|slip|slipped|ease|eased|easing|considerably|significantly|slightly|barely)\s+ not_after=\s+(?:info|knowledge|data|cash|money|time|help|assist|support|funding|proof|evidence|particulars|details|charges|costs|prices|measures|steps|troops|forces|sanctions|funds|assets|cuts|rises|will\s+increase|increases|losses|features|options|choices)\b
    + Inflation is expected to fall considerably additional this year. -> Inflation is expected to fall considerably further this year.
    - He asked for even additional funds.
additional -> further | id=news:additional->further.verb gate=always conf=0.9 before=\b(?:to|will|would|could|might|may|must|should|can)\s+ after=\s+(?:tighten|raise|elevate|increase|minimize|lower|cut|reduce|ease|loosen|widen|deepen|strengthen|weaken|escalate|complicate|delay|restrict|erode|harm|hurt|damage|fuel|gas|inflame|destabili[sz]e)\b
    + It might want to additional tighten policy. -> It might want to further tighten policy.
    - It will add additional costs.
a assembly -> a meeting | gate=always conf=0.95
up to date -> updated | conf=0.85 before=\b(?:the|an|its|their|newly|newest|latest)\s+ after=\s+(?:forecast|forecasts|projections?|estimates?|figures|knowledge|data|guidance|steerage|outlook|model|version|numbers|tally|rely|count|plan|pointers|guidelines|rules|record|listing|list|map|analysis|evaluation|assessment|report|draft|textual\s+content|text|app|software|software\s+program)\b
    + The IMF said so in the up to date forecast. -> The IMF said so in the updated forecast.
    - Keep the list up to date.
soar -> jump | pos=noun forms=NN conf=0.8 before=\b(?:largest|biggest|greatest|sharpest|steepest|big|large|giant|huge|sharp|steep|massive|sudden|dramatic|the|a)\s+ after=\s+(?:in|of|was|since|for|to)\b(?!\s+(?:new\s+)?(?:heights|highs))
    + The largest soar was in the Western Pacific. -> The largest jump was in the Western Pacific.
    - Watch the eagles soar in the sky.
instances -> cases | id=news:instances->cases.disease conf=0.85 before=\b(?:rise\s+in|increase\s+in|improve\s+in|enhance\s+in|spike\s+in|surge\s+in|drop\s+in|fall\s+in|decline\s+in|jump\s+in|soar\s+in|confirmed|reported|Covid|COVID|Covid-19|COVID-19|coronavirus|virus|omicron|Omicron|measles|cholera|dengue|mpox|monkeypox|malaria|flu|influenza|tuberculosis|TB|polio|Ebola|HIV|new\s+Covid|new\s+COVID)\s+
    + Europe saw a 2% rise in instances but no jump in deaths. -> Europe saw a 2% rise in cases but no jump in deaths.
    - In rare instances the drug fails.
foreign money -> currency | id=news:foreign_money->currency.adj conf=0.85 before=\b(?:Turkish|Chinese|Russian|Japanese|Indian|Argentine|Nigerian|Egyptian|Pakistani|British|Swiss|European|Korean|Ghanaian|Kenyan|Brazilian|Mexican|Canadian|Australian|Iranian|Venezuelan|Lebanese|Bangladeshi|Ukrainian|Polish|Hungarian|native|nationwide|national|single|digital|reserve|frequent|common)\s+
    + Inflation rose with a falling lira, the Turkish foreign money. -> Inflation rose with a falling lira, the Turkish currency.
    - They attracted foreign money from investors.
minimize -> cut | id=news:minimize->cut.noun pos=noun forms=NN gate=always conf=0.9 before=\b(?:a|the|first|primary|second|third|largest|biggest|another|its|their|sharp|steep|deep|surprise|shock|quarter-point|half-point)\s+
    + It was the primary minimize since April 2020. -> It was the primary cut since April 2020.
    - Its aim is to minimize losses.
very best stage -> highest level | gate=always conf=0.95 after=\s+(?:in|since|for|on\s+record|ever)\b
    + Rates rose to 3.5%, the very best stage in 14 years. -> Rates rose to 3.5%, the highest level in 14 years.
    - It won the very best stage design award.

# batch 26: more central-bank and epidemic wording of this spinner family (charge enhance,
# every other 500 basis points, the choice to hold, proceed to monitor, fiscal assist)
charge enhance -> rate increase | gate=always conf=0.97
charge will increase -> rate increases | gate=always conf=0.97
charge -> rate | id=news:charge->rate.run pos=noun forms=NN conf=0.85 before=\b(?:consecutive|successive|straight|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\s+ after=\s+(?:rise|hike|enhance|increase|minimize|cut|reduce|discount|reduction|lower)\b
    + It was the tenth consecutive charge rise. -> It was the tenth consecutive rate rise.
    - He faced a second charge of fraud.
every other -> another | gate=always conf=0.9 after=\s+(?:\$|£|€)?\d
    + It raised its rate by every other 500 basis points. -> It raised its rate by another 500 basis points.
    - The bus comes every other day.
through -> by | id=news:through->by.points conf=0.85 after=\s+(?:(?:every\s+other|one\s+other|another)\s+)?(?:\d[\d.,]*|a\s+quarter|half|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|fifty)\s+(?:foundation\s+issues|foundation\s+factors|basis\s+points|proportion\s+factors|proportion\s+issues|percentage\s+points)\b
    + It lifted the rate through another 500 basis points. -> It lifted the rate by another 500 basis points.
    - It passed through 50 villages.
rate of interest -> interest rate | id=news:rate_of_interest->interest_rate.official conf=0.9 before=\b(?:official|benchmark|key|coverage|policy|base|central|peak|terminal|impartial|neutral)\s+
    + Markets see a peak official rate of interest of 4.5 per cent. -> Markets see a peak official interest rate of 4.5 per cent.
    - The rate of interest is fixed.
fiscal assist -> fiscal support | gate=always conf=0.95
testing charges -> testing rates | conf=0.85
raise issues -> raise concerns | id=news:raise_issues->raise_concerns pos=verb conf=0.75 after=\s+(?:that|about|over|concerning|regarding)\b
    + Officials have raised issues that Europe faces a new wave. -> Officials have raised concerns that Europe faces a new wave.
    - The case raises issues of law.
primary -> first | id=news:primary->first.change conf=0.85 before=\bthe\s+ after=\s+(?:minimize|cut|hike|increase|enhance|rise|improve|drop|fall|decline|since|such)\b
    + It was the primary minimize since April 2020. -> It was the first minimize since April 2020.
    - The primary election is in May.
choice -> decision | id=news:choice->decision.policy pos=noun forms=NN conf=0.8 before=\b(?:the|this|that|its|their)\s+ after=\s+(?:comes|came|got\s+here|follows|adopted|marks|was\s+made|was\s+unanimous|was\s+taken|to\s+(?:hold|maintain|raise|elevate|lift|cut|minimize|lower|keep|depart|leave|increase|extend|pause|halt|scrap|delay|postpone))\b
    + The choice comes as inflation eases. -> The decision comes as inflation eases.
    - It is the choice of a new generation.
proceed -> continue | id=news:proceed->continue.to pos=verb conf=0.8 after=\s+to\s+["“]?\s*(?:monitor|watch|observe|assess|consider|review|evaluate|work|push|press|fight|combat|help|assist|support|grow|rise|fall|decline|climb|increase|enhance|hold|maintain|keep|pursue|reduce|minimize|cut|lower|raise|elevate|face|struggle|battle|cooperate|engage|pay|suffer|expand|develop|weigh|drag|hurt|harm|affect|have\s+an\s+effect\s+on|put\s+strain|put\s+stress)\b
    + The bank said it will proceed to monitor signs of inflation. -> The bank said it will continue to monitor signs of inflation.
    - Passengers should proceed to gate 4.
exhibiting -> showing | conf=0.85 before=\b(?:vote|knowledge|information|figures|data|survey|ballot|poll|report|chart|video|footage|images|pictures|photographs|research|examine|study)\s+
    + In a vote exhibiting a big majority, it acted. -> In a vote showing a big majority, it acted.
    - The artist is exhibiting paintings.

# batch 27: crime, disaster and jobs-report wording of this spinner family (the capturing, the
# physique of, in important situation, unemployment advantages, preliminary claims), and
# idioms with `convey`, `improve` and `superior`
capturing -> shooting | id=news:capturing->shooting.event conf=0.8 before=\b(?:the|a|college|faculty|school|fatal|lethal|deadly|police|drive-by|freeway|highway|gang|church|mall|Friday['’]s|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|after\s+the|since\s+the)\s+ not_after=\s+(?:of|the|a|an|his|her|their|its|territory|land|cities|towns|control|moments?|images?|photographs?|pictures?|footage|market|share|value|carbon|CO2|data|knowledge|essence|spirit|imagination|hearts?)\b
    + Police are looking for two people in connection to the capturing. -> Police are looking for two people in connection to the shooting.
    - Capturing the moment is an art.
capturing sufferer -> shooting victim | pos=noun gate=always conf=0.97
physique -> body | id=news:physique->body.found gate=always conf=0.9 before=\b(?:discovered|found|recovered|retrieved|identified|recognized|pulled|located|found\s+the|discovered\s+the)\s+(?:the|a|his|her|their|one)\s+ after=\s+of\b
    + They believe they have discovered the physique of a suspected gunman. -> They believe they have discovered the body of a suspected gunman.
    - She admired the athletic physique of a dancer.
useless physique -> dead body | pos=noun gate=always conf=0.99
the useless -> the dead | conf=0.9 before=\b(?:for|of|among|bury|burying|buried|identify|identifying|mourn|mourning|honour|honor|count|counting|recover|recovering|search\s+for|seek\s+for)\s+ not_after=\s+(?:weight|end|space|time)\b
    + Dogs were deployed to seek for the useless. -> Dogs were deployed to seek for the dead.
    - He shed a lot of the useless weight.
in important situation -> in critical condition | gate=always conf=0.97
in crucial situation -> in critical condition | gate=always conf=0.97
in vital situation -> in critical condition | gate=always conf=0.97
in steady situation -> in stable condition | gate=always conf=0.97
in secure situation -> in stable condition | gate=always conf=0.95
in truthful situation -> in fair condition | gate=always conf=0.97
in severe situation -> in serious condition | gate=always conf=0.95
in critical situation -> in serious condition | conf=0.8
unemployment advantages -> unemployment benefits | gate=always conf=0.97
jobless advantages -> jobless benefits | gate=always conf=0.97
preliminary jobless claims -> initial jobless claims | gate=always conf=0.97
preliminary unemployment claims -> initial jobless claims | gate=always conf=0.95
persevering with claims -> continuing claims | gate=always conf=0.97
improve -> increase | id=news:improve->increase.noun pos=noun forms=NN gate=always conf=0.9 before=\b(?:rate\s+of\s+interest|interest\s+rate|charge|fee|price|tax|wage|pay|value|worth|salary|hire|rent)\s+ after=\s+(?:of|in|to|from|for|is|was)\b
    + Barkin said an interest rate improve of 50 basis points was possible. -> Barkin said an interest rate increase of 50 basis points was possible.
    - Tax rules improve every year.
will increase -> increases | id=news:will_increase->increases.largest conf=0.9 before=\b(?:the\s+)?(?:biggest|largest|greatest|smallest|steepest|sharpest)\s+
    + Missouri and Ohio posted the biggest will increase. -> Missouri and Ohio posted the biggest increases.
    - The team will increase its lead.
shopping for -> buying | id=news:shopping_for->buying.demand conf=0.85 before=\b(?:safe-haven|panic|heavy|sustained|aggressive|central\s+financial\s+institution|central\s+bank|bond|asset|net|institutional|overseas|foreign|speculative|fund)\s+ not_after=\s+(?:trip|trips|spree|habits|centre|center|mall|malls|list|lists|cart|basket)\b
    + Uncertainty spurs safe-haven shopping for of gold. -> Uncertainty spurs safe-haven buying of gold.
    - Online shopping for shoes grew.
taking it simple -> taking it easy | gate=always conf=0.95
take it simple -> take it easy | gate=always conf=0.95
convey down -> bring down | pos=verb gate=always conf=0.95
convey collectively -> bring together | pos=verb gate=always conf=0.97
convey about -> bring about | pos=verb conf=0.85
convey to justice -> bring to justice | pos=verb gate=always conf=0.95
convey an finish to -> bring an end to | pos=verb gate=always conf=0.99
convey -> bring | id=news:convey->bring.disruption pos=verb conf=0.8 after=\s+(?:(?:new\s+|contemporary\s+|recent\s+|extra\s+|more\s+|additional\s+)?(?:labor|labour|disruptions?|reduction|relief|aid|assist|jobs|funding|funds|investment|cash|money|prices|costs|inflation|charges|rates|peace|stability|the\s+(?:struggle|warfare|war|battle|combating|preventing|disaster|crisis|pandemic)|again|house|dwelling|residence))\b
    + The autumn season could convey labor disruptions. -> The autumn season could bring labor disruptions.
    - Words cannot convey the grief.
attraction -> appeal | id=news:attraction->appeal.asset conf=0.8 before=\b(?:bullion['’]s|gold['’]s|metallic['’]s|metal['’]s|the\s+greenback['’]s|the\s+dollar['’]s|safe-haven|broad|mass|widespread|electoral|voter|investment|funding)\s+
    + Rate hike bets dimmed bullion’s attraction. -> Rate hike bets dimmed bullion’s appeal.
    - The castle is a tourist attraction.
bounce again -> bounce back | pos=verb conf=0.85
superior economies -> advanced economies | gate=always conf=0.97
superior -> advanced | id=news:superior->advanced.tech conf=0.85 after=\s+(?:AI|synthetic\s+intelligence|artificial\s+intelligence|chips?|semiconductors?|weapons|weaponry|missile|missiles|fighter\s+jets|jets|manufacturing|nuclear|reactors?|most\s+cancers|cancer|illness|disease|dementia|talks|negotiations|levels?\s+of|technology|expertise|applied\s+sciences)\b
    + The forecast from the maker of superior AI chips lifted shares. -> The forecast from the maker of advanced AI chips lifted shares.
    - It is a superior product.
information briefing -> news briefing | pos=noun conf=0.9
chop -> cut | id=news:chop->cut.output pos=verb conf=0.85 after=\s+(?:output|manufacturing|production|costs|prices|jobs|rates|charges|spending|funding|taxes|emissions|provide|supply|workforce|staff|employees|workers|greater\s+than|more\s+than|\d)\b
    + Producers agreed to chop output to avoid a glut. -> Producers agreed to cut output to avoid a glut.
    - Chop onions finely.
confirmed -> showed | id=news:confirmed->showed.data conf=0.8 before=\b(?:information|knowledge|figures|statistics|data)\s+ after=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    + Claims fell, Labor Division information confirmed Thursday. -> Claims fell, Labor Division information showed Thursday.
    - The figures confirmed our fears.

# batch 28: `extra` for more where no sense of "additional" fits, `field workplace`, `till`
extra -> more | id=news:extra->more.plain conf=0.6 evidence=no not_before=\b(?:an|one|the\s+odd|no|pay|paid|any)\s+ not_after=\s+(?:time|innings|charge|charges|cost|costs|fee|fees|pay|payment|payments|virgin|mile|miles|day|days|hour|hours|point|points|layer|layers|clinics|staff|shifts?|bed|beds|seats?|large|small|medium|dose|doses|cheese|cash|money|mile|income|revenue|copies|copy|room|rooms|storage|baggage|luggage|legroom|leg\s+room|credit|credits|round|rounds|game|games|holiday|vacation|weeks?|months?|years?|minutes?|seconds?|\$|£|€|\d)\b|\s*[,.;:!?)=]|-
    + Russia's invasion provides extra uncertainty to the outlook. -> Russia's invasion provides more uncertainty to the outlook.
    - The game went to extra time.
    - He earns extra cash on weekends.
    - Requires-Dist: pandas; extra == 'dask'
discipline workplace -> box office | gate=always conf=0.97
till -> until | id=news:till->until.plain conf=0.65 evidence=no not_before=\b(?:the|a|cash|and|shop|store|checkout|behind)\s+ not_after=\s+(?:roll|receipt|receipts|drawer|drawers|operator|operators|staff|queue|queues|point)\b|\s*[,.;:!?)]
    + Votes are not held till 9 a.m. tomorrow. -> Votes are not held until 9 a.m. tomorrow.
    - Cash was taken from the till at the shop.
elevated -> increased | id=news:elevated->increased.amount conf=0.85 after=\s+(?:by\s+)?(?:\d|almost|practically|nearly|about|roughly|round|greater\s+than|more\s+than|over|to\s+\d)
    + Income elevated 18% year over year. -> Income increased 18% year over year.
    - Her elevated mood lasted all day.
kids -> children | conf=0.6 evidence=no not_before=\b(?:the|these|those)\s+(?:cool|school|faculty)\s+|\bgoat\s+
    + Some of the injured were kids. -> Some of the injured were children.
    - The cool kids stayed home.

# batch 29: retail, epidemic and kidnapping wording (vacation gross sales, lively instances,
# find out about, kidnapped by way of, but for yet after a negative)
vacation gross sales -> holiday sales | gate=always conf=0.97
vacation procuring -> holiday shopping | gate=always conf=0.99
vacation purchasing -> holiday shopping | gate=always conf=0.95
vacation retail -> holiday retail | conf=0.85
vacation season -> holiday season | conf=0.7 evidence=no
to this point -> so far | conf=0.6 evidence=no not_before=\b(?:up|from|come|came|comes|coming|got|get|gets|getting|led|lead|leads|leading|brought|bring|brings)\s+ not_after=\s+(?:in|of)\b
    + Police said that to this point, 26 pupils had returned. -> Police said that so far, 26 pupils had returned.
    - How did we come to this point?
so significantly -> so far | conf=0.8 not_after=\s+(?:\w+ed|improved|changed|increased|reduced|affected|different|higher|lower|better|worse|more|less|that)\b
    + Maharashtra has the most deaths so significantly at 48. -> Maharashtra has the most deaths so far at 48.
    - Prices have so significantly increased that few can pay.
by way of -> by | id=news:by_way_of->by.seized gate=always conf=0.92 before=\b(?:kidnapped|abducted|seized|captured|detained|rescued|held\s+hostage|ambushed|raided|looted|torched)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|earlier)\s+)?
    + Dozens of pupils were kidnapped Monday by way of armed bandits. -> Dozens of pupils were kidnapped Monday by armed bandits.
    - The goods were seized at the port.
but -> yet | id=news:but->yet.negative conf=0.85 before=\b(?:not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t)\s+ after=\s+(?:positive|sure|clear|known|certain|over|finished|completed|able|ready|decided|determined|confirmed|recognized|identified|settled|resolved|agreed|signed|approved|accepted|reached|achieved|public)\b
    + The number taken isn’t but positive, he said. -> The number taken isn’t yet positive, he said.
    - It is not but a dream.
find out about -> study | id=news:find_out_about->study.noun gate=always conf=0.95 before=(?:\b(?:a|the|this|that|its|their|new|latest|recent|U\.K\.|UK|British|US|U\.S\.|large|small|earlier|previous|separate|major|main)|['’]s)\s+
    + A U.K. find out about of 4,000 patients showed it. -> A U.K. study of 4,000 patients showed it.
    - I want to find out about it.
circumstances -> cases | id=news:circumstances->cases.disease conf=0.85 before=\b(?:Covid|COVID|Covid-19|COVID-19|coronavirus|lively|active|confirmed|positive|constructive|recorded|reported|omicron|Omicron|virus|measles|dengue|cholera)\s+
    + Active COVID-19 circumstances stood at 4,312. -> Active COVID-19 cases stood at 4,312.
    - Under the circumstances we agreed.
lively -> active | id=news:lively->active.cases gate=always conf=0.9 after=\s+(?:(?:Covid|COVID|Covid-19|COVID-19|coronavirus)\s+)?(?:instances|cases|circumstances|infections|duty|obligation|service|troops|combat|volcano|volcanoes|shooter|wildfires|fires)\b
    + The number of lively COVID-19 instances stood at 4,312. -> The number of active COVID-19 instances stood at 4,312.
    - It was a lively debate.
handiest -> only | id=news:handiest->only.adverb conf=0.85 not_before=\b(?:the|a|its|their|his|her|my|your|our)\s+ not_after=\s+(?:tool|tools|way|ways|option|options|thing|things|feature|features|gadget|gadgets|device|devices|app|apps|guide|guides|tip|tips)\b
    + Patients who got steroids and usual care handiest did worse. -> Patients who got steroids and usual care only did worse.
    - It is the handiest tool in the box.
one of the best offers -> the best deals | gate=always conf=0.9
eating places -> restaurants | conf=0.85 evidence=no

# batch 30: `space` after a place name, `wanted` where only `needed` fits
space -> area | id=news:space->area.place case=exact conf=0.8 before=(?-i:\b[A-Z][a-z]+)\s+ not_before=(?-i:\b(?:Outer|Deep|Open|White|Safe|Green|Public|Personal|Air|Cyber|Office|Living|Storage|Parking|Retail|Disk|Memory|Name|User|Work|Exhibition|Event|Blank|Empty|The|This|That|A|An|No|In|On|At|From|To|Into|For|With)\s+)
    + The county considers a lot of the Tampa space high risk. -> The county considers a lot of the Tampa area high risk.
    - Outer space is vast.
wanted -> needed | id=news:wanted->needed.purpose conf=0.8 before=\b(?:laws|legislation|invoice|bill|votes|cash|money|funds|funding|help|assist|support|modifications|changes|steps|measures|repairs|upgrades|time|knowledge|data|gear|equipment|provides|supplies|paperwork|documents|approval|permission)\s+ after=\s+to\s+\w
    + The House approved the final legislation wanted to fund the government. -> The House approved the final legislation needed to fund the government.
    - The cash wanted by police was found.
if wanted -> if needed | conf=0.85 after=\s*[,.;:)]|\s+(?:and|or|but)\b
    + It could be extended past July if wanted. -> It could be extended past July if needed.
    - Add sugar if wanted by the guests.

# batch 31: grammar only the original fits (`are wanted to`, `a government-backed evaluate`,
# `enhance the number of`, `waiting occasions`), call/number/decision nouns, growth and prices
wanted -> needed | id=news:wanted->needed.passive conf=0.8 before=\b(?:is|are|was|were|be|been|being)\s+(?:urgently\s+|still\s+|also\s+)? after=\s+to\s+(?!(?:face|testify|answer|stand)\b)\w
    + Larger trials are wanted to confirm these findings. -> Larger trials are needed to confirm these findings.
    - He is wanted to face charges in Texas.
evaluate -> review | id=news:evaluate->review.adj pos=noun conf=0.8 before=\b(?:a|an|the|its|their|his|her|our)\s+[\w-]+(?:ed|est|al|ful|ive|ent|ant|ous|ic|ary|-backed|-led|-wide|-year|-month|-week)\s+ not_after=\s+(?:whether|how|what|the|a|an|his|her|their|its|them|it|this|these|those|if|why|and|or|to|our|your|each|every|all|any|some|such|new|both|options|risks|data|evidence|candidates|proposals)\b
    + A government-backed evaluate found that women held few seats. -> A government-backed review found that women held few seats.
    - The elected officials evaluate the plans.
    - Trained staff evaluate the risks.
enhance -> increase | id=news:enhance->increase.amount pos=verb conf=0.8 after=\s+(?:the|its|their|our|his|her)\s+(?:total\s+|overall\s+|annual\s+|interim\s+|final\s+)?(?:number|amount|quantity|share|proportion|percentage|size|price|prices|cost|costs|supply|output|dividend|dividends|tax|taxes|spending|budget|funding|wages|pay|salaries|payments|payouts|limit|cap|stake|holding|headcount|workforce|borrowing|debt|interest\s+rates|rates|fees|fares|rent|rents)\b
    + It said it would enhance its interim dividend by 10 percent. -> It said it would increase its interim dividend by 10 percent.
    - The filter will enhance the quality of the image.
occasions -> times | id=news:occasions->times.duration gate=always conf=0.9 before=\b(?:waiting|wait|response|reaction|relaxation|journey|travel|commute|commuting|lead|delivery|decision|processing|loading|turnaround|transit|survival|arrival|departure|lap|finishing|cooking|boot|startup|rendering|access|query|execution|ready|run|running)\s+
    + Customers complained about longer waiting occasions at stores. -> Customers complained about longer waiting times at stores.
    - The hall is used for family occasions.
name -> call | id=news:name->call.meeting pos=noun conf=0.85 before=\b(?:quick|phone|telephone|video|conference|convention|earnings|investor|analyst|analysts|Zoom|follow-up)\s+ not_after=\s+(?:of|is|was|for)\b
    + She advised analysts on an earnings name that demand held up. -> She advised analysts on an earnings call that demand held up.
    - The band changed its video name in 2019.
name -> call | id=news:name->call.on pos=noun forms=NN conf=0.8 before=\bon\s+(?:a|the|an)\s+ after=\s+(?:with|to)\s+(?:reporters|analysts|investors|journalists|shareholders|the\s+press|him|her|them|us|me|leaders|officials|President|Prime)\b
    + He said so on a name with reporters on Friday. -> He said so on a call with reporters on Friday.
    - Click on a name to see the entry.
quantity plate -> number plate | pos=noun gate=always conf=0.97
quantity one -> number one | gate=always conf=0.9 not_after=\s*[-–/×x*+]|\s+(?:over|times|divided|plus|minus)\b
    + The world quantity one lost in the final. -> The world number one lost in the final.
    - Let quantity one over x be small.
nothing particular -> nothing special | conf=0.85 not_after=\s+(?:about|in|to|of)\b
    + Breakfast was fine, nothing particular. -> Breakfast was fine, nothing special.
    - There was nothing particular about it.
selections -> decisions | id=news:selections->decisions.make conf=0.8 before=\b(?:policy|coverage|financial|monetary|charge|funding|hiring|investment|permit|enterprise|business|key|important|necessary|vital|essential|tough|powerful|troublesome|difficult|laborious|critical|main|major|final|closing|remaining|massive|huge|big|large|take|takes|took|taking|taken|made|make|makes|making)\s+ not_before=\b(?:the\s+final|final\s+squad|team)\s+
    + The bank said it would take selections meeting by meeting. -> The bank said it would take decisions meeting by meeting.
    + All permit selections will be reviewed. -> All permit decisions will be reviewed.
    - Users can make selections from the menu.
progress -> growth | id=news:progress->growth.econ conf=0.8 before=\b(?:wage|wages|revenue|sales|gross\s+sales|earnings|population|inhabitants|credit|GDP|export|exports|profit|income|annualised|annualized|payroll|payrolls|lending|loan|deposit|subscriber|consumer\s+spending|spending|inflation|value)\s+ not_after=\s+(?:report|reports|bar|bars|meter|toward|towards|on|in\s+talks)\b
    + Wage progress of around 5 percent will keep pressure on prices. -> Wage growth of around 5 percent will keep pressure on prices.
    - Sales progress reports are due on Monday.
progress -> growth | id=news:progress->growth.forecast conf=0.8 after=\s+(?:forecast|forecasts|outlook|projections|prospects)\b not_before=\b(?:treatment|disease|project|construction|learning|student|pupil)\s+
    + The fund cut its progress forecast for 2024. -> The fund cut its growth forecast for 2024.
    - The disease progress forecast is uncertain.
larger -> higher | id=news:larger->higher.level conf=0.75 after=\s+(?:(?:\w+\s+)?(?:prices|costs|rates|wages|taxes|temperatures|inflation|fees|fares|bills|premiums|yields|rents|salaries|tariffs|borrowing\s+costs|interest\s+rates)|satisfaction|returns\s+on|scores)\b not_after=\s+(?:companies|firms|businesses|households|families|countries|cities|states|banks|stores|retailers|producers|buyers|employers|groups|populations|homes|houses|properties|farms)\b
    + She said larger mortgage prices were likely to weigh on spending. -> She said higher mortgage prices were likely to weigh on spending.
    - Larger companies' costs fell.
    - Larger households pay more.
larger -> higher | id=news:larger->higher.degrees conf=0.9 before=\bdegrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?\s+ after=\s+than\b
    + It was 1.5 degrees Celsius larger than the average. -> It was 1.5 degrees Celsius higher than the average.
    - It was 5 percent larger than the old model.
a different -> another | id=news:a_different->another.amount conf=0.8 after=\s+(?:[$£€¥]\s?\d|\d[\d,.]*\s+(?:million|billion|trillion|percent|per\s+cent|p\.c|%|people|individuals|years|months|weeks|days|hours|points|votes|seats|troops|soldiers|workers|jobs|cases|deaths|homes|games|matches|times))
    + Reserves declined a different $923 million to $3.68 billion. -> Reserves declined another $923 million to $3.68 billion.
    - They chose a different 5G standard.
towards -> against | id=news:towards->against.currency conf=0.8 after=\s+(?:the|a)\s+(?:(?:U\.S\.|US|American|Canadian|Australian|Hong\s+Kong|Singapore)\s+)?(?:dollar|greenback|buck|euro|yen|pound|sterling|yuan|renminbi|franc|rupee|won)\b
    + The rupee hit a low of 240 towards a greenback in July. -> The rupee hit a low of 240 against a greenback in July.
    - Attitudes towards the euro softened in Italy.
including -> adding | id=news:including->adding.quote conf=0.85 before=[,;]\s+ after=,\s*["“]
    + He met the factions, including, “I’m happy we agreed.” -> He met the factions, adding, “I’m happy we agreed.”
    - He lists his idols, including “Star Wars” and others.
subsequent -> next | id=news:subsequent->next.year conf=0.85 after=\s+(?:year|quarter|season|decade)\b not_before=\b(?:the|a|each|every|in|any|all|its|their|his|her|of|and|or|during|for)\s+
    + Parties clashed over how much the state can borrow subsequent year. -> Parties clashed over how much the state can borrow next year.
    - It rose in each subsequent year.

# batch 32: plain swaps repaired only where a neighbour collocates with the original (conf below 0.5),
# chosen by their firings on the development sets: no false alarm there, on clean news or on other clean text
frightened -> worried | conf=0.35 evidence=no id=news:frightened->worried.plain
recommend -> suggest | conf=0.35 evidence=no id=news:recommend->suggest.plain
demise -> death | conf=0.35 evidence=no id=news:demise->death.plain
nationwide -> national | conf=0.35 evidence=no id=news:nationwide->national.plain
males -> men | conf=0.35 evidence=no id=news:males->men.plain
whereas -> while | conf=0.35 evidence=no id=news:whereas->while.plain
seemingly -> likely | conf=0.35 evidence=no id=news:seemingly->likely.plain
requested -> asked | id=news:requested->asked.someone conf=0.75 after=\s+(?:(?:him|her|them|us|me|you|the\s+[\w-]+(?:\s+[\w-]+)?|respondents|recipients|participants|readers|people|members|officials|residents|voters|users|customers|lawmakers|investors)\s+)?(?:to|whether|if|about|for\s+(?:his|her|their|its|comment|more))\b
    + The committees requested the White House to turn over documents. -> The committees asked the White House to turn over documents.
    + When requested to comment, he declined. -> When asked to comment, he declined.
    - He requested a review of the call.
    - Give credit as requested.
present -> show | id=news:present->show.that pos=verb forms=VB conf=0.8 before=\b(?:findings|results|outcomes|data|figures|polls|surveys|studies|experiments|analyses|records|documents|numbers|statistics|estimates|simulations|images|pictures|photos|tests|trials|models|fashions|observations|measurements)\s+(?:also\s+|clearly\s+)? after=\s+that\s+(?!(?:case|idea|view|argument|claim|theory|picture|story|image|plan|proposal|approach|method|question|problem|issue|data|evidence|information|result|finding)\b)
    + Our findings present that adaptation can happen fast. -> Our findings show that adaptation can happen fast.
    - The documents present that argument in detail.
    - The results present that case clearly.

# batch 33: nouns where only a noun fits (`a determine of`, `the identical interval`, `pre-pandemic
# ranges`), verbs after `had`, tests and cases, meetings held, bills passed
successful -> in | id=news:successful->in.year gate=always conf=0.9 after=\s+(?:1[5-9]\d\d|20\d\d)\b not_before=\b(?:most|more|less|least|as|so|how|very|too|quite|rather|highly|hugely|wildly)\s+
    + Founded successful 1856, the bank grew fast. -> Founded in 1856, the bank grew fast.
    - The most successful 2023 films were sequels.
constructive -> positive | id=news:constructive->positive.test gate=always conf=0.9 before=\b(?:Covid-19|COVID-19|Covid|COVID|coronavirus|HIV|examined|tested|assessments?|exams?|checks?)\s+ not_after=\s+(?:talks|dialogue|criticism|feedback|engagement|role|relations|approach|discussions|meeting)\b
    + She was confirmed Covid-19 constructive on March 2. -> She was confirmed Covid-19 positive on March 2.
    - The Covid constructive talks went well.
ranges -> levels | id=news:ranges->levels.past conf=0.85 before=\b(?:pre-pandemic|pre-Covid|pre-COVID|pre-crisis|pre-war|pre-invasion|pre-recession|record|historic|unsustainable|comparable|elevated|sustainable|report|file)\s+
    + Prices stay elevated compared with pre-pandemic ranges. -> Prices stay elevated compared with pre-pandemic levels.
    - The store sells kitchen ranges and ovens.
interval -> period | id=news:interval->period.same conf=0.85 before=\b(?:identical|same|year-earlier|year-ago|comparable|corresponding|prior-year|reporting|three-month|six-month|nine-month|12-month|(?-i:[A-Z][a-z]+-[A-Z][a-z]+))\s+ not_after=\s+(?:between|of\s+confidence|estimate|estimates)\b
    + Sales rose 22% over the identical January-August interval a year ago. -> Sales rose 22% over the identical January-August period a year ago.
    - Plot each point on the same interval between ticks.
determine -> figure | id=news:determine->figure.noun gate=always conf=0.9 before=\b(?:a|the|this|that|official|final|closing|headline|comparable)\s+ after=\s+(?:of|was|is|had|has|for|in|from|compared)\b
    + A determine of $11.2bn had been expected. -> A figure of $11.2bn had been expected.
    - Tests will determine if it was safe.
lower -> cut | id=news:lower->cut.had gate=always conf=0.9 before=\b(?:had|has|have|having)\s+(?:final\s+|last\s+|also\s+|already\s+|just\s+|not\s+)? after=\s+(?:its|their|the|his|her|our)\b
    + The bank had final lower its policy rates in May. -> The bank had final cut its policy rates in May.
    - The bank had lower rates than its rivals.
most sustainable employment -> maximum sustainable employment | gate=always conf=0.95
amount of instances -> number of cases | gate=always conf=0.95
scenario -> case | id=news:scenario->case.number conf=0.85 after=\s+\d{2,}\b not_after=\s+\d{4}\b
    + Scenario 32 included a woman of 43. -> Case 32 included a woman of 43.
    - Scenario 2030 assumes slower growth.
to go -> to pass | id=news:to_go->to_pass.bill conf=0.85 after=\s+(?:a|the|an|its|their)\s+(?:[\w$.,-]+\s+){0,4}?(?:bill|invoice|laws|legislation|measure|package|budget|resolution|stopgap|amendment|reform|spending\s+plan)\b
    + The Senate voted to go a sweeping $1.2 trillion spending invoice. -> The Senate voted to pass a sweeping $1.2 trillion spending invoice.
    - They want to go a long way.
maintain -> hold | id=news:maintain->hold.event conf=0.8 after=\s+(?:(?:a|the|an|its|their|his|her)\s+(?:\w+\s+)?(?:meeting|assembly|election|vote|referendum|rally|summit|conference|convention|hearing|session|gathering|ceremony|funeral|protest|demonstration|briefing|celebration)|talks|elections|discussions|consultations|negotiations|meetings|protests|rallies|hearings)\b
    + The two sides will maintain talks next week. -> The two sides will hold talks next week.
    + Democrats plan to maintain a vote on Friday. -> Democrats plan to hold a vote on Friday.
    - The party will maintain its majority.
home field workplace -> domestic box office | gate=always conf=0.97
worldwide field workplace -> global box office | gate=always conf=0.97
degree -> level | id=news:degree->level.amount conf=0.85 before=\b(?:spending|funding|worth|inventory|water|sea|noise|pollution|threat|alert|debt|staffing|employment|poverty|unemployment|inflation|wage|pre-pandemic|record|historic|entry|ground|flooring)\s+ not_after=\s+(?:in|from|holders?|course|courses|programme|program)\b
    + The overall spending degree for the year was set. -> The overall spending level for the year was set.
    - She holds an inflation degree in economics from Yale.

# batch 34: plain swaps of real spinner output, repaired only where a neighbour collocates with the original
# (conf below 0.5); kept where the development sets showed no false alarm and forced runs on clean text fired at most 10 times
navy -> military | conf=0.35 evidence=no case=exact id=news:navy->military.bigram
huge -> big | conf=0.35 evidence=no id=news:huge->big.bigram
scenarios -> cases | conf=0.35 evidence=no id=news:scenarios->cases.bigram
yr -> year | conf=0.35 evidence=no id=news:yr->year.bigram
varsity -> school | conf=0.35 evidence=no id=news:varsity->school.bigram
dying -> death | conf=0.35 evidence=no id=news:dying->death.bigram
cross -> pass | conf=0.35 evidence=no id=news:cross->pass.bigram
wished -> wanted | conf=0.35 evidence=no id=news:wished->wanted.bigram
superior -> advanced | conf=0.35 evidence=no id=news:superior->advanced.bigram
diploma -> degree | conf=0.35 evidence=no id=news:diploma->degree.bigram
danger -> risk | conf=0.35 evidence=no id=news:danger->risk.bigram not_before=\b(?:in|on|out\s+of)\s+(?:\w+\s+)?
    + They face a danger of higher prices. -> They face a risk of higher prices.
    - The men were in serious danger of losing.
but -> yet | conf=0.35 evidence=no id=news:but->yet.bigram
affect -> impact | conf=0.35 evidence=no id=news:affect->impact.bigram
deliver -> bring | conf=0.35 evidence=no id=news:deliver->bring.bigram
scholars -> students | conf=0.35 evidence=no id=news:scholars->students.bigram
pupil -> student | conf=0.35 evidence=no id=news:pupil->student.bigram
magnify -> increase | conf=0.35 evidence=no id=news:magnify->increase.bigram
labored -> worked | conf=0.35 evidence=no id=news:labored->worked.bigram
hiss -> order | conf=0.35 evidence=no id=news:hiss->order.bigram
curiosity -> interest | conf=0.35 evidence=no id=news:curiosity->interest.bigram

# batch 35: `were` in market reports and conditionals, `the first since`
had been -> were | id=news:had_been->were.market conf=0.75 after=\s+(?:up|down|flat|unchanged|higher|lower|little\s+changed)\s+(?:[$£€]?\d|about|around|nearly|almost|roughly|more|less|greater|slightly|sharply)
    + Brent crude futures had been up 67 cents on the day at $65.18. -> Brent crude futures were up 67 cents on the day at $65.18.
    - Prices had been up for weeks before the cut.
have been to be -> were to be | gate=always conf=0.9
    + If there have been to be proof of more inflation, it would act. -> If there were to be proof of more inflation, it would act.
    - We have been to Paris twice.
the primary because the -> the first since the | gate=always conf=0.95
the primary because -> the first since | gate=always conf=0.9 after=\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|the|its|their|early|late|mid|last|final)
    + It was the primary because 2019 that it rose. -> It was the first since 2019 that it rose.
    - It was the primary because voters were angry.
the primary to -> the first to | id=news:the_primary_to->the_first_to conf=0.85 after=\s+(?:do|have|make|win|reach|take|say|use|offer|face|receive|become|announce|get|see|go|set|visit|join|report|sign|call|introduce|launch|open|raise|cut|leave|admit|acknowledge|publicly|openly|formally|officially|successfully|ever)\b
    + She was the primary to publicly say so. -> She was the first to publicly say so.
    - The primary to be held in May is in Ohio.

# batch 37: a mass noun with a plural verb was `data`
information -> data | id=news:information->data.plural conf=0.85 after=\s+(?:were|are|show|suggest|indicate|reveal|demonstrate|point)\b not_before=\b(?:news|the\s+latest)\s+
    + The information were collected in 2019. -> The data were collected in 2019.
    - The information was collected in 2019.
knowledge -> data | id=news:knowledge->data.plural conf=0.85 after=\s+(?:were|are|show|suggest|indicate|reveal|demonstrate|point)\b not_before=\b(?:common|local|expert|prior|general|public|scientific|traditional|indigenous)\s+
    + Official knowledge show prices rose. -> Official data show prices rose.
    - Common knowledge is not enough.

# batch 38: nouns this spinner family swaps almost everywhere, and China's loan prime rate
physique -> body | id=news:physique->body.plain conf=0.6 evidence=no not_before=\b(?:athletic|muscular|toned|lean|slim|slender|impressive|imposing|powerful|strong|skinny|boyish)\s+
    + The UN is a worldwide physique that has lost trust. -> The UN is a worldwide body that has lost trust.
    - He kept his athletic physique into his fifties.
faculties -> schools | id=news:faculties->schools.plain conf=0.6 evidence=no not_before=\b(?:mental|critical|cognitive|university|university['’]s|college|academic|medical|law|arts|science|humanities|engineering|their|his|her|all\s+the)\s+ not_after=\s+(?:of|and\s+departments|at)\b
    + The plan includes more money for faculties and vaccines. -> The plan includes more money for schools and vaccines.
    - He lost his mental faculties late in life.
instances -> cases | id=news:instances->cases.court conf=0.8 before=\b(?:vital|essential|necessary|important|key|main|major|big|high-profile|excessive-profile|pending|remaining|outstanding|excellent|felony|criminal|civil|courtroom|court|authorized|legal|prison|abuse|corruption|fraud|rape|homicide|murder|several|many|new|confirmed|reported|recorded|suspected|complete|total)\s+ not_after=\s+(?:of\s+(?:the|this|that|such|these|those|a)|where|in\s+which|when|like\s+this|such\s+as)\b
    + With six vital instances still pending, the court met. -> With six vital cases still pending, the court met.
    - In many instances where the law applies, it failed.
mortgage prime price -> loan prime rate | gate=always conf=0.97
mortgage top price -> loan prime rate | gate=always conf=0.97
mortgage high price -> loan prime rate | gate=always conf=0.95
mortgage top fee -> loan prime rate | gate=always conf=0.97
mortgage prime charge -> loan prime rate | gate=always conf=0.97
mortgage top charge -> loan prime rate | gate=always conf=0.97
loan top price -> loan prime rate | gate=always conf=0.95
loan prime price -> loan prime rate | gate=always conf=0.95
loan prime fee -> loan prime rate | gate=always conf=0.95
loan top fee -> loan prime rate | gate=always conf=0.95
loan prime charge -> loan prime rate | gate=always conf=0.95
loan top charge -> loan prime rate | gate=always conf=0.95
mortgage top rate -> loan prime rate | gate=always conf=0.9

# batch 39: photo credits
by way of Getty Photos -> via Getty Images | gate=always conf=0.97
by way of Getty Images -> via Getty Images | gate=always conf=0.97
by way of Getty Pictures -> via Getty Images | gate=always conf=0.97

# batch 40: fixed phrases a spinner breaks (`have the ability to` after a modal, `come ahead`,
# `entrance desk`, `money machine`, `form of see`, `unwanted effects`)
have the ability to -> be able to | conf=0.8 before=\b(?:will|would|could|might|may|should|must|shall|won['’]t|wouldn['’]t|not|to)\s+
    + The company would have the ability to invest more. -> The company would be able to invest more.
    - Few people have the ability to sing like her.
come ahead -> come forward | pos=verb forms=VB,VBD,VBZ,VBG conf=0.85 after=\s+(?:with\b|to\s+(?:police|officers|authorities|investigators|detectives)\b)|\s*[.,;]
    + Police appealed to anyone with information to come ahead. -> Police appealed to anyone with information to come forward.
    - The team came ahead of its rivals.
entrance desk -> front desk | pos=noun gate=always conf=0.95
money machine -> cash machine | pos=noun gate=always conf=0.9
form of see -> sort of see | gate=always conf=0.9
form of like -> sort of like | gate=always conf=0.85
unwanted effects -> side effects | conf=0.85

# batch 41: records, private equity firms, verbs only the original fits
file -> record | id=news:file->record.pre gate=always conf=0.9 before=\bpre-(?:pandemic|Covid|COVID|crisis|war)\s+
    + Passenger numbers were close to the pre-pandemic file. -> Passenger numbers were close to the pre-pandemic record.
    - Save the file before you quit.
personal fairness agency -> private equity firm | pos=noun gate=always conf=0.99
personal fairness group -> private equity group | pos=noun gate=always conf=0.97
personal fairness home -> private equity house | pos=noun gate=always conf=0.97
elevated -> increased | id=news:elevated->increased.verb conf=0.75 before=\b(?:traders|investors|markets|buyers|merchants|they|it|he|she|we|who|which|and|has|have|had)\s+ after=\s+(?:its|their|his|her|bets|wagers|stakes|holdings|spending|output|production|borrowing|efforts|patrols|security|taxes|charges|rates|prices|costs)\b
    + The yield fell as traders elevated bets on a rate cut. -> The yield fell as traders increased bets on a rate cut.
    - The stage was elevated above the crowd.
in all probability -> probably | conf=0.7 evidence=no
proper about -> right about | gate=always conf=0.9 before=(?:['’]s|['’]re|\b(?:is|are|was|were|be|been|am|absolutely|completely|quite|so|probably|maybe))\s+
    + Maybe he's proper about how long it takes. -> Maybe he's right about how long it takes.
    - She was very proper about table manners in the house, she said.
each of -> both of | id=news:each_of->both_of.plural conf=0.8 after=\s+(?:those|these|them|us|you)\s+(?:were|are|have|had)\b
    + Each of those were there when I moved in. -> Both of those were there when I moved in.
    - Each of those was checked.

# batch 42: `an` before a consonant: the spun word replaced one that began with a vowel
an raise -> an increase | gate=always conf=0.9
an rise -> an increase | gate=always conf=0.9
an boost -> an increase | gate=always conf=0.9
an hike -> an increase | gate=always conf=0.9
an spike -> an increase | gate=always conf=0.9
an building up -> an increase | gate=always conf=0.9
an magnify -> an increase | gate=always conf=0.9
an pressing -> an urgent | gate=always conf=0.9
an surprising -> an unexpected | gate=always conf=0.9
an growth -> an expansion | gate=always conf=0.9
an funding -> an investment | gate=always conf=0.9
an post-mortem -> an autopsy | gate=always conf=0.9
an deal with -> an address | gate=always conf=0.9
an tackle -> an address | gate=always conf=0.9
an settlement -> an agreement | gate=always conf=0.9
an deal -> an agreement | gate=always conf=0.9
an financial -> an economic | gate=always conf=0.9
an seemingly -> an apparently | gate=always conf=0.9
an worldwide -> an international | gate=always conf=0.9
an previous -> an earlier | gate=always conf=0.9
an replace -> an update | gate=always conf=0.9
an workplace -> an office | gate=always conf=0.9
an proprietor -> an owner | gate=always conf=0.9
an skilled -> an expert | gate=always conf=0.9
an knowledgeable -> an expert | gate=always conf=0.9
an persevering with -> an ongoing | gate=always conf=0.9
an huge -> an enormous | gate=always conf=0.9

# batch 43: `a` before a vowel: the spun word replaced one that began with a consonant
a earlier -> a previous | gate=always conf=0.9
a abstract -> a summary | gate=always conf=0.9
a exceptional -> a remarkable | gate=always conf=0.85
a easy -> a simple | gate=always conf=0.9
a exact -> a precise | gate=always conf=0.9
a organisation -> a group | gate=always conf=0.85
a organization -> a group | gate=always conf=0.85
a imaginable -> a possible | gate=always conf=0.9
a instance -> a case | gate=always conf=0.9
a analysis observe -> a research note | gate=always conf=0.95

# batch 44: phrase heads the spinner breaks in economic and institutional news: `additional`
# ending a phrase, `proceed to` + verb, `stay` + a state, `launched` for data that is released
additional -> further | id=news:additional->further.end conf=0.75 after=\s*[,.;:!?)]|\s+(?:and|but|as|after|before|from|than|into|since|until|if|when|while|because|this\s+(?:week|month|year|yr|12\s+months)|final\s+(?:week|month|12\s+months|yr))\b not_before=\b(?:no|any|an|the|is|are|was|were|be|been|some|all|every|each|two|three|four|five|much|many|few|several|need|needs|needed|require|requires|required|get|got|pay|paid|charge|charged|cost|costs)\s+
    + We have seen energy costs move up additional and those increases will pass through. -> We have seen energy costs move up further and those increases will pass through.
    + It will not extend jobless aid additional, officials said. -> It will not extend jobless aid further, officials said.
    - Guests who want a sea view pay an additional, and breakfast is extra.
    - There was no additional, the team said.
additional rises -> further rises | conf=0.8
additional charge rises -> further rate rises | conf=0.8
additional rate rises -> further rate rises | conf=0.8
additional price rises -> further price rises | conf=0.8
additional rate hikes -> further rate hikes | conf=0.8
additional hikes -> further hikes | conf=0.8
additional tightening -> further tightening | conf=0.8
additional easing -> further easing | conf=0.8
additional loosening -> further loosening | conf=0.8
additional curbing -> further curbing | conf=0.8
additional escalation -> further escalation | conf=0.8
additional deterioration -> further deterioration | conf=0.8
additional weakening -> further weakening | conf=0.8
proceed -> continue | id=news:proceed->continue.to_more pos=verb forms=VB,VBZ,VBG conf=0.75 after=\s+to\s+(?:be|have\s+interaction|interact|clarify|fortify|strengthen|bolster|behavior|behaviour|conduct|stand|status|rely|depend|dominate|lead|encourage|urge|call\s+for|insist|believe|negotiate|talk|speak|advocate|resist|oppose|defend|protect|serve|operate|function|outperform|underperform|lag|shape|influence|drive|fuel|boost|slow|ease|moderate|cool|soften|weaken|rebound|recover|improve|benefit|deliver|supply|provide|offer|make\s+progress)\b
    + We will proceed to be vigilant, the minister said. -> We will continue to be vigilant, the minister said.
    + Consumers proceed to have interaction in commerce. -> Consumers continue to have interaction in commerce.
    - The Senate will proceed to a vote on Friday.
    - Passengers should proceed to the gate.
stay elevated -> remain elevated | pos=verb conf=0.75
stay unchanged -> remain unchanged | pos=verb conf=0.75
stay subdued -> remain subdued | pos=verb conf=0.75
stay resilient -> remain resilient | pos=verb conf=0.75
stay intact -> remain intact | pos=verb conf=0.75
stay grounded -> remain grounded | pos=verb conf=0.75
stay unclear -> remain unclear | pos=verb conf=0.75
stay unsure -> remain unclear | pos=verb conf=0.75
stay unresolved -> remain unresolved | pos=verb conf=0.75
stay muted -> remain muted | pos=verb conf=0.75
stay in impact -> remain in effect | pos=verb conf=0.75
stay in drive -> remain in force | pos=verb conf=0.75
stay in custody -> remain in custody | pos=verb conf=0.75
stay up -> remain up | pos=verb conf=0.75 after=\s+(?:nearly|almost|about|round|some|greater\s+than|more\s+than|\d)
    + Shares stay up nearly 50% from the start of the year. -> Shares remain up nearly 50% from the start of the year.
    - We stay up late on Fridays.
stay down -> remain down | pos=verb conf=0.75 after=\s+(?:nearly|almost|about|round|some|greater\s+than|more\s+than|\d)
    + The shares stayed down 3% at the close. -> The shares remained down 3% at the close.
    - Stay down and keep quiet.
launched -> released | id=news:launched->released.data conf=0.75 after=\s+(?:its\s+|the\s+|new\s+|a\s+|their\s+|his\s+|her\s+)?(?:textual\s+content|text|knowledge|information|figures|numbers|statistics|surveillance\s+(?:video|footage)|video|footage|photographs|photos|transcript|transcripts|minutes|steering|pointers|findings|outcomes|second-quarter|first-quarter|third-quarter|fourth-quarter|quarterly|month-to-month|preliminary|revised)\b
    + Police later launched surveillance video showing the suspect. -> Police later released surveillance video showing the suspect.
    + The central bank also launched its second-quarter outlook. -> The central bank also released its second-quarter outlook.
    - The army launched a new offensive in the east.
    - The company launched its new phone in Paris.
launched -> released | id=news:launched->released.by conf=0.75 before=\b(?:report|knowledge|information|data|figures|numbers|statistics|document|survey|research|video|footage|assertion|statement|transcript|minutes|outlook|forecast|steering|pointers)\s+ after=\s+(?:by|on|in|final|last|this|earlier|late|beneath|underneath|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    + Sales rose 8.3%, according to data launched by the retail federation. -> Sales rose 8.3%, according to data released by the retail federation.
    - The rocket launched on Monday carried two satellites.
    + The footage launched on Monday showed the crash. -> The footage released on Monday showed the crash.
    - The satellite launched last year is working well.
launch -> release | id=news:launch->release.report conf=0.7 before=\b(?:to|will|would|due\s+to|set\s+to|scheduled\s+to|expected\s+to|plans\s+to|planned\s+to)\s+ after=\s+(?:its|the|their|his|her)\s+(?:World\s+Financial\s+Outlook|World\s+Economic\s+Outlook|annual\s+report|quarterly\s+(?:results|outcomes|report|figures|numbers)|month-to-month|monthly\s+(?:report|figures|numbers|knowledge|information|data)|(?:first|second|third|fourth)-quarter\s+(?:results|outcomes|figures|numbers|earnings|income)|minutes|findings|outcomes|report\s+on)\b
    + The IMF is scheduled to launch its World Financial Outlook on Tuesday. -> The IMF is scheduled to release its World Financial Outlook on Tuesday.
    - The firm plans to launch its new app in spring.
cash -> money | id=news:cash->money.verb conf=0.65 before=\b(?:borrow|borrows|borrowed|borrowing|lend|lends|lent|lending|spend|spends|spent|spending|save|saves|saved|saving|waste|wastes|wasted|wasting|pour|pours|poured|pouring|pump|pumps|pumped|pumping|print|prints|printed|printing|owe|owes|owed|federal|public|taxpayer|taxpayers['’])\s+(?:(?:an\s+excessive\s+amount\s+of|a\s+lot\s+of|plenty\s+of|lots\s+of|too\s+much|so\s+much|more|the|their|its|your|our)\s+)?
    + It spends an excessive amount of cash. -> It spends an excessive amount of money.
    + Households borrow cash and spend less. -> Households borrow money and spend less.
    - The shop accepts card and cash.
    - Customers can pay in cash or by card.
development -> growth | id=news:development->growth.measure conf=0.75 before=\b(?:GDP|\(GDP\)|income|revenue|earnings|gross\s+sales|sales|wage|wages|payroll|payrolls|productivity|credit|lending|mortgage|deposit|subscriber|subscription|consumer\s+spending|shopper\s+spending|spending|dividend|output|home\s+product|Malaysia['’]s|Turkey['’]s|China['’]s|India['’]s|Pakistan['’]s|Japan['’]s|Germany['’]s|Britain['’]s|the\s+economic\s+system['’]s|world)\s+ not_after=\s+(?:Report|Goals|Bank|Programme|Program|Agency|Fund|Authority)\b
    + The forecast puts world development at 5.5%. -> The forecast puts world growth at 5.5%.
    + It reported 30% income development in China. -> It reported 30% income growth in China.
    - The World Development Report came out on Monday.
    - The plan funds job development programmes in rural areas.
round -> around | id=news:round->around.large conf=0.8 before=\b(?:to|at|of|by|from|and|only|just|about|was|were|is|are|be|been|stood\s+at|totalled|totaled|reached|hit|employs|employ|employed|house|houses|housed|has|have|had)\s+ after=\s+(?:\$|£|€)?(?:\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,]*\s*(?:th|st|nd|rd)\b)
    + The number waiting fell to round 11,000. -> The number waiting fell to around 11,000.
    + The plant employs round 400 staff. -> The plant employs around 400 staff.
    - The tennis star reached round 3 of the tournament.
    - Voting was in round 128 of the ballot.
well being -> health | id=news:well_being->health.body gate=spun conf=0.85 before=\bthe\s+ after=\s+(?:service|services|secretary|department|division|ministry|minister|agency|company|board|trust|watchdog|regulator|sector|system|authority|authorities|officers|officials|chiefs|bosses|workers|employees|staff|insurance|insurer|insurers|plan|plans|reforms|reform|budget|spending|price\s+range|finances|funds|care|crisis|disaster|emergency|risks|threat|dangers|warning|warnings|recommendation|steering|pointers|knowledge|information|data|records|division['’]s|service['’]s|secretary['’]s|ministry['’]s)\b
    + A spokesman for the well being service said the figures were welcome. -> A spokesman for the health service said the figures were welcome.
    + The well being secretary said strikes had hit waiting lists. -> The health secretary said strikes had hit waiting lists.
    - The well being of every pupil matters.
subsequent -> next | id=news:subsequent->next.role conf=0.8 before=\b(?:its|their|his|her|our|the\s+company['’]s|the\s+firm['’]s|the\s+group['’]s|the\s+party['’]s|the\s+country['’]s|the\s+nation['’]s)\s+ after=\s+(?:chief\s+executive|chief\s+government|CEO|president|chairman|chairwoman|chair|leader|chief|prime\s+minister|governor|head|coach|manager|boss|captain|director|steps|step|transfer|move|album|film|movie|match|game|recreation|election|budget|finances|price\s+range|meeting|assembly|summit)\b
    + The firm named her as its subsequent chief executive. -> The firm named her as its next chief executive.
    + The club is looking for its subsequent manager. -> The club is looking for its next manager.
    - Its subsequent history is less well known.
subsequent steps -> next steps | conf=0.7 before=\b(?:and|the|our|your|their|on|about|discuss|agree|outline|outlined|set\s+out)\s+ not_after=\s+(?:of|in)\b
    + An update on the report and subsequent steps. -> An update on the report and next steps.
    - The data were filtered in subsequent steps of the analysis.
    - In the subsequent steps in the process, the sample is dried.
over the previous -> over the past | conf=0.75 after=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|couple|decade|decades|yr|year|12\s+months|month|months|week|weeks|day|days|quarter|quarters|century|hour|hours)\b
    + Shares have grown 35 per cent over the previous yr. -> Shares have grown 35 per cent over the past yr.
    + Market values have risen over the previous two years. -> Market values have risen over the past two years.
    - The score improved over the previous version of the model.
for the previous -> for the past | conf=0.7 after=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|decade|decades|yr|year|12\s+months)\b not_before=\b(?:than|as|compared|versus|vs\.?|with|to)\s+
    + Sales have risen 3.5% for the previous 5 years. -> Sales have risen 3.5% for the past 5 years.
    - Sales were higher than for the previous 5 years combined.
    - The figure for the previous quarter was revised.
this previous week -> this past week | gate=always conf=0.9
was once -> was | id=news:was_once->was.passive conf=0.7 after=\s+(?:\w+ed|made|noticed|got\s+rid\s+of|close\s+down|shut\s+down|given|taken|held|seen\s+as|set|put|sent|found|released|launched)\b not_after=\s+(?:arrested|charged|jailed|imprisoned|convicted|sentenced|accused|fired|sacked|expelled|suspended|divorced|injured|wounded|hospitali[sz]ed|nominated|elected|appointed|hired|promoted|diagnosed|considered|thought|described|called|named|nicknamed|dubbed|labelled|labeled|regarded|viewed|hailed|touted|deemed|billed|praised|celebrated|feared|revered|dominated|ruled|controlled|owned|occupied|inhabited|populated|housed|headquartered|located|based|married|engaged|linked|tied|associated|affiliated|allied|related|crowned|ranked|rated|listed|valued|worth|featured|compared|likened|rumored|rumoured|tipped|used|employed|known|believed|seen|home|a|an|the|part|one|famous|popular|common|rare|banned|illegal|forbidden|outlawed|closed|reserved|restricted|limited|abandoned|covered|surrounded|filled|lined|painted|decorated|dedicated|devoted|committed|involved|obsessed|interested)\b
    + The former prime minister was once removed in a no-confidence vote in April. -> The former prime minister was removed in a no-confidence vote in April.
    + No comment was once made by the bank on the yen. -> No comment was made by the bank on the yen.
    - The building was once considered the tallest in Europe.
    - The island was once inhabited by monks.

# batch 45: nouns and verbs in places only the original fits (`the Taiwan concern`, `emerging
# rates`, `saved its key rate`, `to energy AI servers`, a possessive before `declare`)
elements of the nation -> parts of the country | gate=always conf=0.9
elements of the country -> parts of the country | gate=always conf=0.9
elements of the state -> parts of the state | conf=0.75
elements of the town -> parts of the city | gate=always conf=0.9
elements of the metropolis -> parts of the city | gate=always conf=0.95
elements of the world -> parts of the world | conf=0.8
elements of the area -> parts of the region | conf=0.8
elements of the island -> parts of the island | conf=0.75
tax on suggestions -> tax on tips | gate=always conf=0.95
taxes on suggestions -> taxes on tips | gate=always conf=0.95
suggestions and additional time -> tips and overtime | gate=always conf=0.95
suggestions or additional time -> tips or overtime | gate=always conf=0.95
suggestions and extra time -> tips and overtime | gate=always conf=0.95
suggestions or extra time -> tips or overtime | gate=always conf=0.95
Taiwan concern -> Taiwan question | gate=always conf=0.9 case=exact
emerging -> rising | id=news:emerging->rising.rates gate=always conf=0.9 after=\s+(?:rates\s+of\s+interest|curiosity\s+charges|curiosity\s+rates|interest\s+rates|rates|charges|inflation|costs\s+of\s+living|prices|borrowing\s+costs|yields|mortgage\s+rates|mortgage\s+charges|vitality\s+costs|energy\s+prices|meals\s+costs|food\s+prices|gasoline\s+costs|fuel\s+costs|gas\s+prices)\b
    + Worries that emerging rates of interest could drag on growth. -> Worries that rising rates of interest could drag on growth.
    - Emerging markets rallied on Monday.
    - An emerging threat to the grid was found.
saved -> kept | id=news:saved->kept.rate gate=always conf=0.92 after=\s+(?:its|their|the)\s+(?:key|benchmark|coverage|policy|one-year|five-year|official|repo|lending|deposit|curiosity|interest|money\s+coverage|financial\s+coverage)\s+(?:rate|charge|price|rates|charges|costs|stance|coverage|policy|mortgage|lending|loan|repo)\b|\s+(?:rates|charges|curiosity\s+charges|interest\s+rates|rates\s+of\s+interest|the\s+rate|the\s+charge)\s+(?:unchanged|regular|steady|secure|on\s+maintain|on\s+hold)\b
    + The central bank saved its one-year loan rate at 3.45%. -> The central bank kept its one-year loan rate at 3.45%.
    + The bank saved rates unchanged on Tuesday. -> The bank kept rates unchanged on Tuesday.
    - The bank saved its customers millions in fees.
    - The keeper saved the penalty.
energy -> power | id=news:energy->power.verb conf=0.8 before=\bto\s+ after=\s+(?:synthetic\s+intelligence|AI|its|their|his|her|our|the\s+(?:grid|metropolis|city|nation|country|plant|manufacturing\s+unit|manufacturing\s+facility|facility|information\s+middle|information\s+heart|knowledge\s+middle|data\s+cent(?:er|re)|vehicle|automobile|car|ship|boat|homes|houses|economic\s+system)|homes|houses|properties|automobiles|vehicles|cars|electrical\s+vehicles|electrical\s+automobiles|information\s+facilities|knowledge\s+facilities|data\s+cent(?:er|re)s|(?:round\s+|around\s+|about\s+|some\s+)?\d[\d,]*\s+(?:homes|houses|properties|households))\b
    + Chips in data centre servers used to energy synthetic intelligence software. -> Chips in data centre servers used to power synthetic intelligence software.
    + Enough solar panels to energy 20,000 homes. -> Enough solar panels to power 20,000 homes.
    - The plan gives poor households access to energy.
    - They switched to energy drinks.
restoration of the stays -> recovery of the remains | gate=always conf=0.97
group faculty -> community college | gate=always conf=0.85 not_after=\s+(?:member|members|meeting|meetings|lounge|workshop|workshops|room)\b
    + The new law helps group faculty students. -> The new law helps community college students.
    - The group faculty meeting is on Monday.
group faculties -> community colleges | gate=always conf=0.9
group schools -> community colleges | conf=0.7 after=\s+(?:and|or|in|across|throughout|say|stated|mentioned)\b
    + Leaders of the nation's group schools say the move will help. -> Leaders of the nation's community colleges say the move will help.
    - The group schools children in three villages.
again to the fold -> back to the fold | gate=always conf=0.95
again to the desk -> back to the table | conf=0.8
again to the negotiating desk -> back to the negotiating table | gate=always conf=0.97
again to faculty -> back to school | gate=always conf=0.9
again to sq. one -> back to square one | gate=always conf=0.99
modified -> changed | id=news:modified->changed.intransitive conf=0.7 before=\b(?:has|have|had|things|what|nothing|everything|much|little|world|lot|plenty|circumstances|situation|state\s+of\s+affairs|issues|matters)\s+ after=\s+(?:in|since|over|a\s+lot|so\s+much|little|much|dramatically|considerably|significantly|quickly|rapidly|drastically|vastly|enormously|greatly|fundamentally|completely|totally|in\s+a\s+single\s+day|radically|for\s+the\s+(?:better|worse))\b|\s*[.,;:!?]
    + Ukraine's military has modified in that time. -> Ukraine's military has changed in that time.
    + Much has modified since the war began. -> Much has changed since the war began.
    - Researchers have modified the gene.
    - The file was modified in 2020.
meals value inflation -> food price inflation | gate=always conf=0.97
meals worth inflation -> food price inflation | gate=always conf=0.97
dangers to the outlook -> risks to the outlook | conf=0.85
dangers to the economic system -> risks to the economy | gate=always conf=0.95
dangers to the financial system -> risks to the financial system | conf=0.7
dangers to monetary stability -> risks to financial stability | conf=0.85
dangers to financial stability -> risks to financial stability | conf=0.75
dangers to development -> risks to growth | gate=always conf=0.9
dangers to inflation -> risks to inflation | conf=0.85
move the invoice -> pass the bill | pos=verb gate=always conf=0.9 before=\b(?:to|will|would|could|can|cannot|can['’]t|votes\s+to|enough\s+to)\s+
    + Democrats have a slim margin to move the invoice. -> Democrats have a slim margin to pass the bill.
    - Please move the invoice to the paid folder.
famous that -> noted that | id=news:famous_that->noted_that.clause conf=0.8 before=\b(?:additionally|also|further|and|but|company|bank|firm|report|analysts|analyst|officials|officers|ministry|minister|spokesperson|spokesman|spokeswoman|group|agency|authorities|court|judge|researchers|authors|study|assertion|statement)\s+
    + Nvidia additionally famous that half of its revenue came from data centres. -> Nvidia additionally noted that half of its revenue came from data centres.
    - The chef became so famous that he opened a second restaurant.
financial institution disasters -> bank failures | gate=always conf=0.95

# batch 46: Congress, courts and economy: party lines, debt limit, House floor, bills, signing into law, administrations, requirements, slumps, neutral rates
# Congress: party-line votes, floors, debt limit, bills, vulnerable members
celebration traces -> party lines | gate=always conf=0.97
celebration strains -> party lines | gate=always conf=0.97
social gathering traces -> party lines | gate=always conf=0.97
social gathering strains -> party lines | gate=always conf=0.97
social gathering line -> party line | gate=always conf=0.95
celebration line vote -> party line vote | gate=always conf=0.95
celebration-line vote -> party-line vote | gate=always conf=0.95 id=news:celebration-line_vote->party-line_vote.hyphen
celebration divisions -> party divisions | gate=always conf=0.93
debt restrict -> debt limit | gate=always conf=0.97
House flooring -> House floor | case=exact gate=always conf=0.95
Senate flooring -> Senate floor | case=exact gate=always conf=0.95
Home flooring -> House floor | case=exact gate=always conf=0.9 before=\b(?:the|to|on|onto)\s+
    + The bill returns to the Home flooring next week. -> The bill returns to the House floor next week.
    - Home flooring prices rose sharply this spring.
ground -> floor | id=news:ground->floor.said conf=0.8 before=\b(?:mentioned|stated|said|says|argued|declared|be\s+learn|be\s+read)\s+on\s+the\s+ after=\s*[.,;]
    + "We are ready to do so," Hoyer mentioned on the ground. -> "We are ready to do so," Hoyer mentioned on the floor.
    - The troops are already on the ground.
susceptible Democrats -> vulnerable Democrats | gate=always conf=0.95
susceptible Republicans -> vulnerable Republicans | gate=always conf=0.95
susceptible incumbents -> vulnerable incumbents | gate=always conf=0.95
stopgap payments -> stopgap bills | gate=always conf=0.95
authorities funding payments -> government funding bills | gate=always conf=0.95
into legislation -> into law | id=news:into_legislation->into_law.sign conf=0.85 before=\b(?:sign|signs|signed|signing|indicators|signal|signals|signing)\s+(?:[\w’'-]+\s+){1,4}
    + Once Biden indicators the bundle into legislation, it takes effect. -> Once Biden indicators the bundle into law, it takes effect.
    - The rules were written into legislation last year.
into regulation -> into law | id=news:into_regulation->into_law.sign conf=0.85 before=\b(?:sign|signs|signed|signing|indicators|signal|signals|signing)\s+(?:[\w’'-]+\s+){1,4}
    + He vowed to signal the measure into regulation quickly. -> He vowed to signal the measure into law quickly.
    - The guidance was turned into regulation in 2019.
bundle -> package | id=news:bundle->package.law conf=0.85 after=\s+into\s+(?:legislation|regulation|law)\b
    + Once Biden signs the bundle into law, the agencies are funded. -> Once Biden signs the package into law, the agencies are funded.
    - The bundle includes three apps and a case.
bundle -> package | id=news:bundle->package.aid conf=0.7 before=\b(?:spending|funding|aid|relief|stimulus|rescue|omnibus|legislative|infrastructure|sanctions|reconciliation|bailout)\s+
    + The Senate approved the spending bundle late on Friday. -> The Senate approved the spending package late on Friday.
    - The software bundle costs 20 dollars.
model of -> version of | id=news:model_of->version_of.bill conf=0.8 before=\b(?:its|their|the\s+(?:Senate|House|Home)['’]s|the\s+(?:Senate|House|Home)|special|totally\s+different|revised|ultimate|remaining)\s+ after=\s+(?:the|a|an|its|their|this|that)\s+(?:[\w$.,’'-]+\s+){0,5}?(?:invoice|bill|Act|laws|legislation|measure|package\s+deal|bundle)\b
    + The Senate handed its model of the One Big Tax Act on Tuesday. -> The Senate handed its version of the One Big Tax Act on Tuesday.
    - The team built its model of the economy from survey data.
no-confidence movement -> no-confidence motion | gate=always conf=0.97
no confidence movement -> no confidence motion | id=news:no_confidence_movement->no_confidence_motion.v2 gate=always conf=0.95
movement of no confidence -> motion of no confidence | gate=always conf=0.95

# courts
time period -> term | id=news:time_period->term.court conf=0.85 before=\b(?:this|the|that|present|current|final|last|subsequent|next|upcoming|coming)\s+ after=\s+of\s+the\s+(?:Supreme\s+)?(?:Courtroom|Court|court\s+docket|Court\s+docket)\b
    + The justices will issue all opinions this time period of the Courtroom. -> The justices will issue all opinions this term of the Courtroom.
    - The time period of the study was two years.
Reporter of Selections -> Reporter of Decisions | case=exact gate=always conf=0.95
declare -> claim | id=news:declare->claim.poss conf=0.85 before=\b(?!let['’]s)[\w-]+['’]s\s+ after=\s+(?:that|over|about|to\s+have|of)\b
    + Kyiv denied Moscow’s declare over the weekend to have taken the town. -> Kyiv denied Moscow’s claim over the weekend to have taken the town.
    - Let’s declare that the meeting is open.

# economy: requirements, slumps, property, relief
collateral necessities -> collateral requirements | gate=always conf=0.95
capital necessities -> capital requirements | gate=always conf=0.95
reserve necessities -> reserve requirements | gate=always conf=0.95
margin necessities -> margin requirements | gate=always conf=0.95
disclosure necessities -> disclosure requirements | gate=always conf=0.95
eligibility necessities -> eligibility requirements | gate=always conf=0.95
property hunch -> property slump | gate=always conf=0.95
housing hunch -> housing slump | gate=always conf=0.95
a hunch -> a slump | id=news:hunch->slump.market conf=0.8 after=\s+(?:within|in)\s+(?:the\s+)?(?:property|housing|actual\s+property|real\s+estate|belongings|demand|call\s+for|sales|gross\s+sales|product\s+sales|exports|manufacturing|inventory|stock|oil|commodity)\b
    + Growth was hit by a hunch within the property market. -> Growth was hit by a slump within the property market.
    - I had a hunch in the end that he was lying.
valuables sector -> property sector | gate=always conf=0.95
valuables market -> property market | gate=always conf=0.95
currency trading reserves -> forex reserves | gate=always conf=0.93
normal product sales tax -> general sales tax | gate=always conf=0.95
well being take care of -> health care for | gate=always conf=0.95
COVID reduction -> COVID relief | id=news:reduction->relief.covid0 conf=0.8 not_after=\s+(?:of|measures|strategies|strategy|target|targets|rate|rates|efforts)\b|\s+in\s+(?!a\s+(?:well\s+timed|timely)\b)
    + They were not serious about COVID reduction in a well timed way. -> They were not serious about COVID relief in a well timed way.
    + Republicans said they wanted to pass COVID reduction quickly. -> Republicans said they wanted to pass COVID relief quickly.
    - The study found a pandemic reduction in road deaths.
COVID-19 reduction -> COVID-19 relief | id=news:reduction->relief.covid1 conf=0.8 not_after=\s+(?:of|measures|strategies|strategy|target|targets|rate|rates|efforts)\b|\s+in\s+(?!a\s+(?:well\s+timed|timely)\b)
    + Aid groups said COVID-19 reduction must come first. -> Aid groups said COVID-19 relief must come first.
    - They measured a COVID-19 reduction in cases.
coronavirus reduction -> coronavirus relief | id=news:reduction->relief.covid2 conf=0.8 not_after=\s+(?:of|measures|strategies|strategy|target|targets|rate|rates|efforts)\b|\s+in\s+(?!a\s+(?:well\s+timed|timely)\b)
    + Aid groups said coronavirus reduction must come first. -> Aid groups said coronavirus relief must come first.
    - They measured a coronavirus reduction in cases.
pandemic reduction -> pandemic relief | id=news:reduction->relief.covid3 conf=0.8 not_after=\s+(?:of|measures|strategies|strategy|target|targets|rate|rates|efforts)\b|\s+in\s+(?!a\s+(?:well\s+timed|timely)\b)
    + Aid groups said pandemic reduction must come first. -> Aid groups said pandemic relief must come first.
    - They measured a pandemic reduction in cases.
famine reduction -> famine relief | id=news:reduction->relief.covid4 conf=0.8 not_after=\s+(?:of|measures|strategies|strategy|target|targets|rate|rates|efforts)\b|\s+in\s+(?!a\s+(?:well\s+timed|timely)\b)
    + Aid groups said famine reduction must come first. -> Aid groups said famine relief must come first.
    - They measured a famine reduction in cases.
humanitarian reduction -> humanitarian relief | id=news:reduction->relief.covid5 conf=0.8 not_after=\s+(?:of|measures|strategies|strategy|target|targets|rate|rates|efforts)\b|\s+in\s+(?!a\s+(?:well\s+timed|timely)\b)
    + Aid groups said humanitarian reduction must come first. -> Aid groups said humanitarian relief must come first.
    - They measured a humanitarian reduction in cases.

# administrations, courts, health policy
management -> administration | id=news:management->administration.pres conf=0.85 before=\b(?:Biden|Trump|Obama|Bush|Clinton|Reagan|Carter|Harris)\s+ not_after=['’]s\b|\s+(?:team|teams|company|style|skills|staff|group|firm|consultant|consultants)\b
    + Claims piled up during the Trump management, officials said. -> Claims piled up during the Trump administration, officials said.
    - The hotel is run by the Trump management team.
management's -> administration's | id=news:management->administration.pres_poss conf=0.85 before=\b(?:Biden|Trump|Obama|Bush|Clinton|Reagan|Carter|Harris)\s+
    + It marks a step in the Biden management’s effort to clear the backlog. -> It marks a step in the Biden administration’s effort to clear the backlog.
    - The firm praised the management's effort to cut costs.
courtroom look -> court appearance | conf=0.85
court docket look -> court appearance | gate=always conf=0.93
authorized workforce -> legal team | gate=always conf=0.95
hostage households -> hostage families | gate=always conf=0.95
command heart -> command center | gate=always conf=0.9
masks mandates -> mask mandates | gate=always conf=0.95
masks mandate -> mask mandate | gate=always conf=0.95
masks steering -> mask guidance | gate=always conf=0.97
COVID-19 group degree -> COVID-19 community level | gate=always conf=0.97
COVID group degree -> COVID community level | gate=always conf=0.97
inexperienced power -> green energy | gate=always conf=0.97
medical health insurance -> health insurance | conf=0.8

# central banks and forecasts
mortgage top charges -> loan prime rates | gate=always conf=0.97
mortgage prime charges -> loan prime rates | gate=always conf=0.97
interest-price -> interest-rate | id=news:interest_price->interest_rate.v3 conf=0.9
Official Money Fee -> Official Cash Rate | case=exact gate=always conf=0.97
Official Money Charge -> Official Cash Rate | case=exact gate=always conf=0.97
Official Money Price -> Official Cash Rate | case=exact gate=always conf=0.97
expansion forecast -> growth forecast | pos=noun conf=0.8
pointy -> sharp | id=news:pointy->sharp.change gate=always conf=0.92 before=\b(?:a|the|its|their|this|that)\s+ after=\s+(?:contraction|decline|drop|fall|rise|increase|slowdown|downturn|rebound|reversal|selloff|sell-off|rally|jump|slump|spike|surge|hike|cut|discount|enhance|improve|loss|losses|acceleration|deceleration|correction)\b
    + The bank predicts a pointy contraction in the region. -> The bank predicts a sharp contraction in the region.
    - The toddler held a pointy stick.
spring conferences -> spring meetings | conf=0.8 after=\s+of\s+the\s+(?:World|IMF|I\.M\.F\.|International|Worldwide)\b
    + Policymakers head to Washington for the spring conferences of the World Bank. -> Policymakers head to Washington for the spring meetings of the World Bank.
    - The spring conferences of the society were cancelled.
value stability -> price stability | conf=0.8 before=\b(?:sustaining|maintaining|attaining|achieving|ensuring|preserving|mandate\s+of|objective\s+of|goal\s+of|targets\s+of)\s+ not_after=\s+of\b
    + Its goals are attaining and sustaining value stability over the medium term. -> Its goals are attaining and sustaining price stability over the medium term.
    - The coating helps maintaining value stability of the pigment.
graphics processing items -> graphics processing units | gate=always conf=0.97
central processing items -> central processing units | gate=always conf=0.97

# pandemic relief bills and votes
current -> present | id=news:current->present.vote conf=0.85 before=\b(?:voted|voting|votes|vote)\s+["“]? after=["”]?\s*[.,;)]|["”]?\s+(?:on\s+the|rather\s+than|instead\s+of)\b
    + Tlaib voted current. Nine Republicans joined them. -> Tlaib voted present. Nine Republicans joined them.
    + Four Republicans were voting “current.” -> Four Republicans were voting “present.”
    - Members voted current and former leaders onto the board.
unemployment complement -> unemployment supplement | gate=always conf=0.95
kid tax credit score -> child tax credit | gate=always conf=0.97
kid tax credit -> child tax credit | gate=always conf=0.95
part out -> phase out | id=news:part_out->phase_out.income conf=0.8 before=\b(?:to|will|would|begin\s+to|start\s+to|begins\s+to|starts\s+to)\s+ after=\s+(?:at|for\s+(?:people|households|families|incomes|earners)|above|over|completely|entirely|by\s+\d)
    + Checks begin to part out at $75,000 in income. -> Checks begin to phase out at $75,000 in income.
    - Mechanics will part out the old car for spares.

# data releases and health agencies
gross home product -> gross domestic product | gate=always conf=0.97
information confirmed -> data showed | id=news:information_confirmed->data_showed.src conf=0.85 before=\b(?:LSEG|FactSet|Refinitiv|Dealogic|Morningstar|Labor\s+Division|Commerce\s+Division|Treasury\s+Division|Labor\s+Department|Commerce\s+Department|Census\s+Bureau|authorities|government|official|preliminary|monthly|weekly|quarterly)\s+ after=\s*[.,;]|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    + Earnings beat estimates, LSEG information confirmed. -> Earnings beat estimates, LSEG data showed.
    + Claims fell, Labor Division information confirmed Thursday. -> Claims fell, Labor Division data showed Thursday.
    - Police said new information confirmed their suspicion.
WHO officers -> WHO officials | case=exact conf=0.85

# more Congress forms
susceptible lawmakers -> vulnerable lawmakers | gate=always conf=0.93
susceptible senators -> vulnerable senators | gate=always conf=0.95
susceptible House Democrats -> vulnerable House Democrats | gate=always conf=0.95
susceptible House Republicans -> vulnerable House Republicans | gate=always conf=0.95
susceptible Home Democrats -> vulnerable House Democrats | case=exact gate=always conf=0.95
susceptible Home Republicans -> vulnerable House Republicans | case=exact gate=always conf=0.95
celebration line -> party line | id=news:celebration_line->party_line.vote conf=0.85 before=\b(?:along|alongside|largely|strict|straight|toe\s+the|toed\s+the|toes\s+the|toeing\s+the)\s+
    + The bill passed largely alongside celebration line. -> The bill passed largely alongside party line.
    - Guests waited in the celebration line for cake.
borrowing restrict -> borrowing limit | gate=always conf=0.95
price range reconciliation -> budget reconciliation | gate=always conf=0.97

# local government, local time, neutral rates
state and native -> state and local | conf=0.9 after=\s+(?:governments?|officials|authorities|leaders|elections|taxes|tax|police|law\s+enforcement|agencies|companies|funding|budgets|help|assist|aid|reduction|relief)\b
    + The bill has funding for state and native governments. -> The bill has funding for state and local governments.
    - Relations between the state and native communities improved.
state, native and tribal -> state, local and tribal | conf=0.9
native time -> local time | id=news:native_time->local_time.clock gate=always conf=0.95 before=(?:\d(?:[ap]\.?m\.?|hrs)?|\b(?:a\.m\.|p\.m\.|am|pm|hrs|midnight|midday|noon|GMT|BST)|\))\s*
    + The body was found just after 15:30 native time on Friday. -> The body was found just after 15:30 local time on Friday.
    - The app keeps native time zone support.
    + The blast happened at 2.37pm native time on Friday. -> The blast happened at 2.37pm local time on Friday.
    - They learned to cook in the native time-honoured way.
impartial -> neutral | id=news:impartial->neutral.rate conf=0.85 after=\s+(?:band|charge|fee|price|rate|rates|charges|vary|range|degree|stage|level|territory|coverage\s+charge|coverage\s+fee|coverage\s+price|policy\s+rate|curiosity\s+charge|curiosity\s+price|interest\s+rate)\b
    + Rates of interest are in a 2.5%-3.5% impartial band. -> Rates of interest are in a 2.5%-3.5% neutral band.
    - The judge asked for an impartial review.
impartial -> neutral | id=news:impartial->neutral.below conf=0.8 before=\b(?:beneath|below|above|under|underneath|toward|towards|in\s+the\s+direction\s+of|again\s+to|back\s+to|near|close\s+to|round|around)\s+ after=\s*[.,;]
    + There are arguments for not going beneath impartial. -> There are arguments for not going beneath neutral.
    - The referee must remain impartial.
stay prime -> remain high | id=news:stay_prime->remain_high pos=verb conf=0.8 after=\s*[.,;]|\s+(?:for|in|through|amid|given|until|till)\b
    + Risks to the outlook stay prime, given the crisis. -> Risks to the outlook remain high, given the crisis.
    - Members stay Prime subscribers for years.

# batch 47: markets, earnings and central banks: bottom lines, price targets, on track, yield curve control, meetings, emerging markets, currencies
# h2 batch: markets, earnings and central-bank wording (domestic->home, became->grew to become,
# year to date, force majeure, yield curve control, earnings release, bottom line)
gross home merchandise -> gross domestic product | gate=always conf=0.97
grew to become -> became | conf=0.8
the earlier 12 months -> the previous year | conf=0.75
per thirty days -> per month | gate=always conf=0.95
a thirty day period -> a month | conf=0.8
on observe to -> on track to | gate=always conf=0.95
on observe for -> on track for | gate=always conf=0.95
backside line -> bottom line | gate=always conf=0.97
backside traces -> bottom lines | gate=always conf=0.97
highest and backside traces -> top and bottom lines | gate=always conf=0.98
weblog submit -> blog post | gate=always conf=0.97
weblog posts -> blog posts | conf=0.9
dwell weblog -> live blog | gate=always conf=0.97
yield curve keep watch over -> yield curve control | gate=always conf=0.97
power majeure -> force majeure | gate=always conf=0.97
non-ranch payrolls -> non-farm payrolls | conf=0.9 evidence=no
non-ranch -> non-farm | conf=0.85 evidence=no
detrimental rate of interest -> negative interest rate | gate=always conf=0.97
detrimental rates of interest -> negative interest rates | gate=always conf=0.97
detrimental charges -> negative rates | conf=0.75
rate of interest coverage -> interest rate policy | gate=always conf=0.95
earnings launch -> earnings release | gate=always conf=0.95
on maintain -> on hold | conf=0.85
Wanting forward -> Looking ahead | gate=always conf=0.9
Wanting ahead -> Looking ahead | gate=always conf=0.95
very first quarter -> first quarter | conf=0.75 evidence=no
Ukraine disaster -> Ukraine crisis | conf=0.8
coronavirus disaster -> coronavirus crisis | conf=0.75
cost target -> price target | conf=0.8 evidence=no before=\b(?:raised|raises|raising|lifted|lifts|cut|cuts|lowered|lowers|trimmed|trims|boosted|hiked|their|its|his|her|a|the|share|stock|12-month)\s+ after=\s+(?:on|for)\s+(?:the\s+)?(?:stock|shares|company|firm|group)\b|\s+(?:to|of|at)\s+(?:\$|£|€)
    + Analysts raised their cost target on the stock to $140. -> Analysts raised their price target on the stock to $140.
    - The project missed its cost target for the year.
income of -> revenue of | conf=0.8 before=\b(?:forecasts?|forecasted|projected|projects|expects|sees|EPS\s+of\s+\$[\d.]+\s+and)\s+(?:(?:first|second|third|fourth)-quarter\s+|Q[1-4]\s+)? after=\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:US)?[$£€]
    + The firm forecasts income of $13.3 billion for the quarter. -> The firm forecasts revenue of $13.3 billion for the quarter.
    - The firm forecasts net income of $2 billion.
    - She expects income of about ten per cent.
officers -> officials | id=news:officers->officials.intl conf=0.85 before=(?-i:\b(?:WHO|IMF|OPEC|CDC|FDA|ECB|IAEA))\s+
    + WHO officers said cases were rising. -> WHO officials said cases were rising.
    - Police who officers said were armed.
the U.S. buck -> the U.S. dollar | gate=always conf=0.95
the US buck -> the US dollar | gate=always conf=0.95
foreign money -> currency | id=news:foreign_money->currency.weak conf=0.8 before=\b(?:weakened|weakening|weak|weaker|stronger|falling|sliding|plunging|battered|ailing|beleaguered|depreciating|embattled|tumbling)\s+ not_after=\s+(?:reserves|inflows|outflows|flows|holdings|deposits|donations|from|into|laundering)\b
    + Prices soared amid a dramatically weakened foreign money. -> Prices soared amid a dramatically weakened currency.
    - Ports saw weak foreign money inflows last year.
foreign money -> currency | id=news:foreign_money->currency.moves conf=0.8 before=\bthe\s+ after=\s+(?:broke|fell|rose|weakened|strengthened|slid|slumped|tumbled|plunged|gained|climbed|dropped|jumped|surged|rallied|recovered|firmed|eased|hit|touched|traded|has\s+(?:fallen|risen|weakened|lost|gained|slumped|tumbled|plunged))\b
    + The foreign money fell past the 156 mark on Friday. -> The currency fell past the 156 mark on Friday.
    - He said the foreign money was moved offshore.
conferences -> meetings | id=news:conferences->meetings.policy conf=0.8 before=\b(?:coverage|policy|rate-setting|MPC|FOMC|(?:previous|past|last|final)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+
    + The bank has raised rates at each of the previous 9 conferences. -> The bank has raised rates at each of the previous 9 meetings.
    - She spoke at several academic conferences last year.
providers value inflation -> services price inflation | gate=always conf=0.97
labour market circumstances -> labour market conditions | gate=always conf=0.95
labor market circumstances -> labor market conditions | gate=always conf=0.95
have been anticipating -> were expecting | conf=0.75 before=\b(?:analysts|economists|investors|traders|markets|experts|forecasters|strategists)\s+ after=\s+(?:US)?(?:\$|£|€|adjusted|earnings|revenue|income|a\s+(?:rise|fall|drop|decline|gain|loss|profit)|\d)
    + Analysts have been anticipating $41.3 billion in sales. -> Analysts were expecting $41.3 billion in sales.
    - Analysts have been anticipating this move for months.
mortgage prime fees -> loan prime rates | gate=always conf=0.97
Affordable Treatment Act -> Affordable Care Act | conf=0.9 evidence=no
Principal Justice -> Chief Justice | case=exact conf=0.85 evidence=no after=\s+(?-i:John\s+Roberts|Roberts|[A-Z]\w+\s+[A-Z])
    + Principal Justice John Roberts wrote the opinion. -> Chief Justice John Roberts wrote the opinion.
    - The Principal Justice of the Peace sat alone.
on the top of -> at the height of | conf=0.85 after=\s+(?:the\s+)?(?:coronavirus\s+|COVID(?:-19)?\s+|Covid(?:-19)?\s+|monetary\s+|financial\s+|debt\s+)?(?:pandemic|disaster|crisis|outbreak|lockdown|lockdowns|recession)\b
    + It was the first cut since April 2020, on the top of the coronavirus pandemic. -> It was the first cut since April 2020, at the height of the coronavirus pandemic.
    - The flag flew on the top of the tower.
dwelling mortgages -> home mortgages | gate=always conf=0.95
examine again for updates -> check back for updates | gate=always conf=0.97
rising markets -> emerging markets | conf=0.8 after=\s+(?:strategist|strategists|economist|economists|analyst|analysts|fund|funds|debt|bonds|currencies|currency|equities|economies|nations|countries|central\s+banks|specialist|specialists|head|chief|portfolio|investors|investing)\b
    + Timothy Ash, rising markets strategist at a fund, said so. -> Timothy Ash, emerging markets strategist at a fund, said so.
    - Rising markets lifted the fund on Monday.
chance value of -> opportunity cost of | gate=always conf=0.95
open door cost -> opportunity cost | conf=0.9 evidence=no
follow swimsuit -> follow suit | pos=verb gate=always conf=0.97
Following swimsuit -> Following suit | gate=always conf=0.97
Purposes for -> Applications for | conf=0.9 after=\s+(?:U\.S\.\s+|US\s+)?(?:state\s+)?(?:unemployment|jobless)\b
    + Purposes for state unemployment advantages fell last week. -> Applications for state unemployment advantages fell last week.
    - Purposes for the grant are listed below.
Excessive-frequency -> High-frequency | gate=always conf=0.95
Normal Chartered -> Standard Chartered | case=exact gate=always conf=0.95
single-working day -> single-day | gate=always conf=0.97
extremely-very low -> ultra-low | gate=always conf=0.97
a person-day -> one-day | conf=0.85 after=\s+(?:decline|drop|fall|gain|rise|jump|loss|slide|selloff|sell-off|rally|record|percentage|plunge|slump|surge)\b
    + It was the firm's worst a person-day decline since 2012. -> It was the firm's worst one-day decline since 2012.
    - The job takes a person-day of effort.
forward of -> ahead of | id=news:forward_of->ahead_of.estimates conf=0.85 after=\s+(?:(?:EPS|analyst|analysts['’]?|consensus|market|Wall\s+(?:Street|Avenue)['’]?s?|Street|Avenue)\s+)?(?:estimates|expectations|expectancies|forecasts|projections)\b
    + Profit rose to $3.65 a share, forward of EPS estimates of $3.37. -> Profit rose to $3.65 a share, ahead of EPS estimates of $3.37.
    - The car pulled forward of the line.
Avenue consensus -> Street consensus | case=exact conf=0.9

# batch 48: crime, disasters, health and sport: first aid, travel bans, cause of death, cases, shooting sprees, search and rescue, heavy rain, home crowds
first support -> first aid | gate=always conf=0.95 after=\s+(?:kit|kits|gear|equipment|supplies|provides|training|coaching|course|courses|station|stations|tent|tents|post|posts|box|boxes|skills|abilities|remedy|treatment|responders)\b
    + Officers carry first support kits in their cars. -> Officers carry first aid kits in their cars.
    - It was the first support package for the region.
first support -> first aid | id=news:first_support->first_aid.given conf=0.9 before=\b(?:administered|administer|administering|gave|give|given|giving|provided|provide|providing|received|receive|receiving|obtained|rendered|render|offered|needed|required|basic|emergency)\s+ not_after=\s+(?:for|from)\b
    + Bystanders gave first support to the victims. -> Bystanders gave first aid to the victims.
    - The measure received first support from the party.
journey ban -> travel ban | pos=noun gate=always conf=0.95
journey restrictions -> travel restrictions | gate=always conf=0.95
journey advisory -> travel advisory | pos=noun gate=always conf=0.95
terror teams -> terror groups | gate=always conf=0.9
terrorist teams -> terrorist groups | gate=always conf=0.9
police leader -> police chief | conf=0.75
search and salvage -> search and rescue | gate=always conf=0.95
news meeting -> news conference | conf=0.75 before=\b(?:a|at|during|throughout|in)\s+(?:a\s+)?
    + The mayor spoke at a news meeting on Monday. -> The mayor spoke at a news conference on Monday.
    - The editors held their news meeting at noon.
as lots of as -> as many as | gate=always conf=0.97
one-China concept -> one-China principle | gate=always conf=0.97
in step with -> according to | conf=0.8 after=\s+(?:(?:the|a|an|its|their|his|her|initial|preliminary|native|local|state|official|newest|latest|recent|new|police|courtroom|court)\s+){0,3}(?:police|officers|officials|authorities|ministry|report|reports|knowledge|data|figures|statistics|estimates|effects|results|findings|survey|study|research|sources|witnesses|paperwork|documents|media|assertion|statement|spokesperson|spokesman|spokeswoman|prosecutors)\b(?![’']s)
    + He died on Friday, in step with the police. -> He died on Friday, according to the police.
    + The drug cut deaths, in step with preliminary results. -> The drug cut deaths, according to preliminary results.
    - Prices rose in step with inflation.
    - The party is not in step with the times.
    - The plan is in step with the company's strategy.
vacation -> holiday | id=news:vacation->holiday.retail conf=0.85 after=\s+(?:spending|forecast|forecasts|outcomes|results|gross\s+sales|sales|purchases|shoppers|hiring|gadgets|presents|gifts|decorations|merchandise)\b
    + Shoppers cut their vacation spending this year. -> Shoppers cut their holiday spending this year.
    - The family cut its vacation budget.
reason for demise -> cause of death | gate=always conf=0.97
reason for loss of life -> cause of death | gate=always conf=0.97
downtown space -> downtown area | gate=always conf=0.9
wooded space -> wooded area | gate=always conf=0.95
metropolitan space -> metropolitan area | gate=always conf=0.95
amount of conditions -> number of cases | conf=0.8 before=\bthe\s+ after=\s+(?:rose|climbed|jumped|increased|elevated|fell|dropped|stood|reached|crossed|surged|soared|has|have|had)\b
    + The amount of conditions rose to 500. -> The number of cases rose to 500.
    - The amount of conditions placed on the loan grew.
maritime site visitors -> maritime traffic | gate=always conf=0.97
delivery site visitors -> shipping traffic | gate=always conf=0.95
broadly to be had -> widely available | gate=always conf=0.97
extensively to be had -> widely available | gate=always conf=0.97
publicly to be had -> publicly available | gate=always conf=0.97
claim accountability -> claim responsibility | pos=verb gate=always conf=0.95
Center Japanese -> Middle Eastern | gate=always conf=0.97 case=exact
Prime Faculty -> High School | conf=0.85 case=exact
Native Executive Space -> Local Government Area | gate=always conf=0.97
Native Executive Areas -> Local Government Areas | gate=always conf=0.97
gaggle of -> group of | conf=0.8 after=\s+(?:(?:armed|masked|unknown|unidentified|suspected|heavily\s+armed)\s+)?(?:gunmen|attackers|assailants|militants|bandits|kidnappers|robbers|protesters|protestors|rioters|demonstrators|men|males|troopers|soldiers|fighters|insurgents|terrorists)\b
    + A gaggle of gunmen stormed the village. -> A group of gunmen stormed the village.
    - A gaggle of geese crossed the road.
give protection to -> protect | pos=verb forms=VB,VBZ,VBG conf=0.8
same old care -> usual care | gate=always conf=0.95
clinical magazine -> medical journal | gate=always conf=0.9
peer-reviewed magazine -> peer-reviewed journal | gate=always conf=0.95
Infectious Sicknesses -> Infectious Diseases | gate=always conf=0.95
when put next with -> compared with | gate=always conf=0.97
when put next to -> compared to | gate=always conf=0.97
Taiwan self-reliance -> Taiwan independence | gate=always conf=0.9
each individual -> each | conf=0.8 before=\b(?:fatalities|fatality|deaths|death|cases|case|instances|circumstances|goals|points|factors|seats|votes|medals|wickets)\s+ after=\s*[.,;:)]|\s+(?:have|has|had|were|was|are|is|from|in|on)\b
    + Two states recorded three fatalities each individual. -> Two states recorded three fatalities each.
    - Two states recorded three fatalities each day.
general -> overall | id=news:general->overall.pct conf=0.85 before=\bthe\s+ after=\s+(?:\d[\d.,]*\s*(?:%|p\.c\.|per\s?cent|percent)|(?:rise|increase|improve|decline|drop|fall|progress|growth)\s+of\s+\d)
    + The general 7.6% rise in sales beat forecasts. -> The overall 7.6% rise in sales beat forecasts.
    - The general 7th Army moved north.
have been -> were | id=news:have_been->were.pastday conf=0.85 not_before=\b(?:I|you|we|who|that|which|may|might|could|would|should|must|will|to)\s+ after=\s+(?:\w+\s+)?\w+(?:ed|en|wn|ght|ung|ot)\s+(?:on\s+|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|final\s+(?:week|month|12\s+months|evening|night)|last\s+(?:week|month|year|night))\b
    + Dozens of pupils have been kidnapped Monday in the north. -> Dozens of pupils were kidnapped Monday in the north.
    - Pupils have been kidnapped before.
    - We have been arrested Monday.
return to revenue -> return to profit | pos=verb conf=0.8 not_after=\s+(?:growth|development|progress|ranges|levels|era|share|generation|targets|tax)\b
    + The group returned to revenue last year. -> The group returned to profit last year.
    - The firm returned to revenue growth in 2023.
return to an annual revenue -> return to an annual profit | pos=verb gate=always conf=0.9
critical adverse occasions -> serious adverse events | gate=always conf=0.95
critical adverse events -> serious adverse events | conf=0.85
critical adverse results -> serious adverse effects | conf=0.8
Wellness Ministry -> Health Ministry | case=exact gate=always conf=0.95
Health and fitness Ministry -> Health Ministry | case=exact gate=always conf=0.97
well being company -> health agency | gate=always conf=0.95 before=\b(?:UN|U\.N\.|United\s+Nations|world|global|the\s+world['’]s)\s+
    + The UN well being company warned of a new wave. -> The UN health agency warned of a new wave.
    - The firm is a well being company in Ohio.
Worldwide Power Company -> International Energy Agency | case=exact gate=always conf=0.97
Worldwide Power Agency -> International Energy Agency | case=exact gate=always conf=0.97
amount of -> number of | id=news:amount_of->number_of.cases conf=0.85 after=\s+(?:(?:lively|active|new|confirmed|reported|recorded)\s+)?(?:(?:COVID-19|Covid-19|COVID|Covid|coronavirus)\s+)?(?:circumstances|scenarios|cases|infections|fatalities|sufferers|patients)\b
    + The amount of lively COVID-19 circumstances stood at 4,312. -> The number of lively COVID-19 circumstances stood at 4,312.
    - A fair amount of lively debate followed.
new circumstances -> new cases | conf=0.85 before=(?:\d[\d,]*|number\s+of|variety\s+of|tally\s+of|rise\s+in|increase\s+in|surge\s+in|spike\s+in|drop\s+in|decline\s+in|fall\s+in)\s+
    + The state listed 9,350 new circumstances on Monday. -> The state listed 9,350 new cases on Monday.
    - The firm adapted to new circumstances quickly.
instances -> cases | id=news:instances->cases.count conf=0.85 before=\d[\d,]*\s+(?:(?:new|contemporary|recent|lively|active)\s+)? after=\s+(?:in\s+the\s+(?:previous|past|final|last)\s+(?:24|48|72)\s+hours|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|for\s+(?:\w+\s+)?(?:days|weeks)\s+(?:in\s+a\s+row|operating|running|straight))\b
    + The state reported 11,805 instances on Tuesday. -> The state reported 11,805 cases on Tuesday.
    - He was late 3 instances in a month.
determine -> figure | id=news:determine->figure.noun2 gate=always conf=0.85 before=\bthe\s+(?:earlier|previous|prior|preliminary|initial|revised|latest|newest|total|overall|exact|precise)\s+ after=\s+(?:of|was|is|had|has|for|in|from|compared)\b
    + The toll rose from the earlier determine of 67. -> The toll rose from the earlier figure of 67.
    - The court will hold a hearing to determine of its own motion.
tore by -> tore through | conf=0.8 after=\s+(?:elements|components|parts|the|a|an|neighbourhoods|neighborhoods|communities|cities|towns|houses|homes|properties)\b
    + The wildfires tore by elements of Maui this week. -> The wildfires tore through elements of Maui this week.
    - A truck tore by at high speed.
taking pictures spree -> shooting spree | gate=always conf=0.99
capturing spree -> shooting spree | gate=always conf=0.97
too soon -> early | conf=0.8 before=\b(?:fireplace|fire|died|killed|arrested|happened|occurred|struck|began|started|erupted|crashed|exploded|landed|announced|attacked|stormed|raided|detained|shot|stabbed)\s+ after=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    + A gunman opened fireplace too soon Friday at a cinema. -> A gunman opened fireplace early Friday at a cinema.
    - The deal was announced too soon after the vote.
producers and customers -> producers and consumers | conf=0.7
offered -> sold | id=news:offered->sold.cars conf=0.75 before=\b(?:automobiles|electrical\s+autos|electrical\s+vehicles|EVs)\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)? after=\s+(?:in|last|final|this|during|throughout|worldwide|globally)\b|\s*[.,;)]
    + More electrical automobiles had been offered in China in 2021. -> More electrical automobiles had been sold in China in 2021.
    + It accounted for one in six automobiles offered. -> It accounted for one in six automobiles sold.
    - Buyers liked the automobiles offered by the dealer.
anonymity to debate -> anonymity to discuss | gate=always conf=0.95
weighty rains -> heavy rains | gate=always conf=0.97
weighty rain -> heavy rain | gate=always conf=0.97
weighty rainfall -> heavy rainfall | gate=always conf=0.97
weighty snowfall -> heavy snowfall | gate=always conf=0.95
determine the stays -> identify the remains | gate=always conf=0.95
determine the physique -> identify the body | gate=always conf=0.95
a minimum of -> at least | id=news:a_minimum_of->at_least.casualties conf=0.85 before=\b(?:killing|killed|kill|injuring|injured|injure|wounding|wounded|wound|leaving|left|arresting|arrested|detaining|detained)\s+ after=\s+(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b
    + The gunman killed twelve, injuring a minimum of fifty others. -> The gunman killed twelve, injuring at least fifty others.
    - The rules require a minimum of fifty members.
rescue endeavors -> rescue efforts | conf=0.8
rescue endeavours -> rescue efforts | conf=0.8
house crowd -> home crowd | conf=0.85
house soil -> home soil | conf=0.85
house and away -> home and away | conf=0.8
the house side -> the home side | conf=0.8 not_after=\s+of\b
    + The house side struggled to break through. -> The home side struggled to break through.
    - The house side of the street was flooded.
lodge keep -> hotel stay | pos=noun gate=always conf=0.9

# batch 49: the heavier paraphrasers' signatures (written by a helper from low-scoring development pages): united state, High court, The golden state, conventional justices, monetary business sectors, loan fee cuts, occupations report, arch economist
# h4 batch: the classic expanding paraphraser ("united state",
# "High court", "Head of state", "The golden state", "consisting of") and the "some-more" spinner
united state -> U.S. | gate=always conf=0.95 not_before=\b(?:a|one|in\s+a)\s+ not_after=\s+of\b
    + Doubts that the united state economy will slow. -> Doubts that the U.S. economy will slow.
    - They reached a united state of mind.
High court -> Supreme Court | case=exact gate=always conf=0.85 before=(?:\b(?:the|state|nation['’]s|country['’]s)|,)\s+ not_after=\s+(?:of|judge|judges|bench)\b
    + The High court ruled on Thursday. -> The Supreme Court ruled on Thursday.
    + Doubts that the united state High court has moved. -> Doubts that the united state Supreme Court has moved.
    - The high court ruled on Thursday.
    - The Lahore High court heard the case.
Head of state -> President | case=exact gate=always conf=0.9 before=(?-i:[a-z,])\s+ after=\s+(?-i:[A-Z][a-z])
    + It was signed by former Head of state Barack Obama. -> It was signed by former President Barack Obama.
    + She met Vice Head of state Kamala Harris. -> She met Vice President Kamala Harris.
    - The queen was head of state for decades.
    - Head of state visits are rare.
The golden state -> California | case=exact gate=always conf=0.95 not_after=\s+(?:of)\b
    + The justices struck down a The golden state rule. -> The justices struck down a California rule.
    - The golden state of the grain fields was admired.
signed up with -> joined | conf=0.65
made a decision -> decided | conf=0.6
up until now -> so far | conf=0.6
airline companies -> airlines | conf=0.7
consisting of -> including | conf=0.65 before=,\s+ after=\s+(?:the|one|two|three|four|five|six|\d+|several|some|many|most|those|these)\b
    + Six justices, consisting of the three newest, voted yes. -> Six justices, including the three newest, voted yes.
    - A single example, consisting of source code and output.
    - A panel consisting of the three judges met.
and also -> and | conf=0.55 evidence=no before=(?-i:\b[A-Z][a-z]+)\s+ after=\s+(?-i:[A-Z][a-z])
    + Chief Justice John Roberts and also Trump appointees agreed. -> Chief Justice John Roberts and Trump appointees agreed.
    - He said so and also Trump agreed.
Wall surface Street -> Wall Street | gate=always conf=0.97
Ballot Civil liberties Act -> Voting Rights Act | gate=always conf=0.97
Voting Civil liberties Act -> Voting Rights Act | gate=always conf=0.97
some-more -> more | gate=always conf=0.95
comparison clamp boss -> senior vice president | gate=always conf=0.97
clamp boss -> vice president | gate=always conf=0.95
arch economist -> chief economist | gate=always conf=0.9
by a ballot of -> by a vote of | conf=0.8 after=\s+\d+\s*(?:to|-|–)\s*\d
    + The justices, by a ballot of 6 to 3, struck down the rule. -> The justices, by a vote of 6 to 3, struck down the rule.
    - Members are chosen by a ballot of the whole club.
pronounced -> said | id=news:pronounced->said.day conf=0.75 not_before=\b(?:was|were|is|are|be|been|being|who|and|later)\s+ after=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    + The trade group pronounced Wednesday that demand was strong. -> The trade group said Wednesday that demand was strong.
    - The man was pronounced Wednesday at the hospital.
pronounced -> said | id=news:pronounced->said.quote conf=0.75 before=[”"],?\s+ after=\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+|[a-z]+\s+[A-Z][a-z]+)
    + “We are growing,” pronounced John Smith, the group's economist. -> “We are growing,” said John Smith, the group's economist.
    - The word “pronounced” has two syllables.

# h4 batch: the "monetary business sectors" paraphraser (interest rate -> loan fee, chief -> boss,
# investors -> financial specialists)
monetary business sectors -> financial markets | gate=always conf=0.97
resources under administration -> assets under management | gate=always conf=0.95
paces of expansion -> rates of inflation | gate=always conf=0.95
monetary recuperation -> economic recovery | gate=always conf=0.95
venture organizations -> investment firms | gate=always conf=0.9
financial specialists -> investors | conf=0.65
loan fee cut -> interest rate cut | gate=always conf=0.95
loan fee cuts -> interest rate cuts | gate=always conf=0.95
loan fee hike -> interest rate hike | gate=always conf=0.95
loan fee hikes -> interest rate hikes | gate=always conf=0.95
loan fees -> interest rates | conf=0.75 before=\b(?:lower|higher|low|high|rising|falling|raise|raising|raised|cut|cutting|hold|holding|held|keep|keeping|kept)\s+
    + Lower loan fees reduce the cost of holding gold. -> Lower interest rates reduce the cost of holding gold.
    - The bank charges loan fees on every mortgage.
national bank boss -> central bank chief | gate=always conf=0.95
boss speculation official -> chief investment officer | gate=always conf=0.97
occupations report -> jobs report | gate=always conf=0.95
occupations information -> jobs data | gate=always conf=0.95
occupations data -> jobs data | gate=always conf=0.95
loan costs -> interest rates | conf=0.8 after=\s+(?:are|were|will\s+be|would\s+be|could\s+be|get|got)\s+(?:cut|lowered|raised|hiked|reduced|increased)\b
    + Officials want more data before loan costs are cut. -> Officials want more data before interest rates are cut.
    - Loan costs are a burden for students.
gold prospects -> gold futures | conf=0.8 before=\b(?:U\.S\.|US|American|Comex|COMEX)\s+
    + U.S. gold prospects gained 0.2% to $2,318. -> U.S. gold futures gained 0.2% to $2,318.
    - The miner's gold prospects in Nevada look good.

# h4 batch: court and election wording of the classic paraphraser (conservative -> conventional,
# progressive -> dynamic, scathing -> pungent)
conventional justices -> conservative justices | gate=always conf=0.9
conventional jurists -> conservative jurists | gate=always conf=0.9
dynamic wing -> progressive wing | conf=0.75
pungent dissent -> scathing dissent | gate=always conf=0.9
pungent dissents -> scathing dissents | gate=always conf=0.9

# batch 50: everyday registers (written by a helper from the synthetic development split, reviewed and merged): plenty of cash, my outdated one, statistics workplace, earlier than you purchase, e-mail, sport and weather phrases
# h5 batch: everyday registers (reviews, forums, e-mails, sport, weather), collocations only the
# original fits
plenty of cash -> a lot of money | conf=0.65
value for cash -> value for money | gate=always conf=0.9
waste of cash -> waste of money | conf=0.75
good outdated -> good old | gate=always conf=0.9 after=\s+(?:days|times|fashioned|friend|friends|boys?)\b
    + Those were the good outdated days. -> Those were the good old days.
    - A good outdated map is still useful.
outdated -> old | id=news:outdated->old.poss conf=0.75 before=\b(?:my|your|his|her|our|their)\s+ after=\s+(?:one|ones|friend|friends|pal|pals|mate|mates|school|schoolmate|classmate|boss|neighbourhood|neighborhood|self|colleague|colleagues|teammate|teammates)\b
    + It grinds better than my outdated one. -> It grinds better than my old one.
    + She met her outdated school friends. -> She met her old school friends.
    - My outdated software needs an update.
outdated damage -> old damage | gate=always conf=0.9
statistics workplace -> statistics office | gate=always conf=0.97
post workplace -> post office | gate=always conf=0.95
box workplace -> box office | gate=always conf=0.95
Met Workplace -> Met Office | gate=always conf=0.97
Oval Workplace -> Oval Office | gate=always conf=0.97
earlier than -> before | id=news:earlier_than->before.pron conf=0.75 after=\s+(?:you|we|they|I)\s+(?:purchase|buy|order|book|sign|commit|leave|start|begin|head|decide|pay|spend|choose|apply|travel|move|install|open|use)\b
    + Read this earlier than you buy. -> Read this before you buy.
    - It started earlier than you think.
earlier than -> before | id=news:earlier_than->before.ing conf=0.7 after=\s+(?!(?:some|any|no|every)thing\b|morning\b|evening\b|spring\b|during\b)(?-i:[a-z]+ing)\b not_before=\b(?:much|slightly|far|even|somewhat|a\s+(?:bit|little|lot))\s+
    + Wash your hands earlier than cooking. -> Wash your hands before cooking.
    - The show ended earlier than during the week.
greater than enough -> more than enough | gate=always conf=0.95
greater than happy -> more than happy | gate=always conf=0.95
greater than willing -> more than willing | gate=always conf=0.95
greater than once -> more than once | gate=always conf=0.95
greater than doubled -> more than doubled | gate=always conf=0.95
greater than tripled -> more than tripled | gate=always conf=0.95
greater than -> more than | id=news:greater_than->more_than.ever conf=0.8 after=\s+(?:I|you|we|they)(?:['’]ll|\s+will|['’]d|\s+would|\s+could)?\s+ever\s+(?:need|want|use|wish|wanted|needed)\b
    + It has 40 settings, which is greater than I'll ever need. -> It has 40 settings, which is more than I'll ever need.
    - The risk is greater than I ever imagined.
glad with -> happy with | conf=0.7 after=\s+(?:it|the|my|this|that|them|how|what|your|our|his|her|their|its)\b
    + Overall I'm glad with it. -> Overall I'm happy with it.
    - She was glad.
the complete -> the whole | conf=0.7 after=\s+(?:house|home|day|night|week|weekend|place|street|neighbourhood|neighborhood|country|city|town|village)\b
    + The noise woke the complete house. -> The noise woke the whole house.
    - The complete set costs more.
a complete lot -> a whole lot | gate=always conf=0.95
speedy -> rapid | conf=0.7 after=\s+(?:degradation|deterioration|evolution|adaptation|growth|expansion|decline|increase|increases|rise|development|changes|change|spread|urbanization|urbanisation|warming|loss|acceleration|onset|progression|turnover|diversification)\b
    + The data show speedy evolution of heat tolerance. -> The data show rapid evolution of heat tolerance.
    - We wish him a speedy recovery.
prime -> top | id=news:prime->top.rank conf=0.75 before=\bthe\s+ after=\s+(?:quarter|third|fifth|tenth|decile|quartile|percentile|of\s+the\s+(?:table|league|standings|charts?|list|page|hill|stairs|class|group))\b
    + Walkers in the prime quarter of daily steps did best. -> Walkers in the top quarter of daily steps did best.
    + They went back to the prime of the table. -> They went back to the top of the table.
    - He was in the prime of his life.
honest companies fraud -> honest services fraud | gate=always conf=0.97
quick-tracking -> fast-tracking | gate=always conf=0.95
quick-track -> fast-track | gate=always conf=0.95
quick-tracked -> fast-tracked | gate=always conf=0.95
higher -> better | id=news:higher->better.senses conf=0.75 before=\b(?:taste|tastes|tasted|tasting|smell|smells|smelled|held\s+up|hold\s+up|holds\s+up|holding\s+up)\s+(?:(?-i:[a-z]+ly)\s+|much\s+|a\s+lot\s+|way\s+|far\s+|even\s+)?
    + My coffee tastes noticeably higher now. -> My coffee tastes noticeably better now.
    - The new note sounds noticeably higher now.
higher off -> better off | conf=0.8 after=(?:\s*[.,;!?]|\s+(?:than|with|without|now|today|if|financially))
    + Families are higher off than a year ago. -> Families are better off than a year ago.
    - The shelf sits higher off the ground.
buyer service -> customer service | gate=always conf=0.95
buyer care -> customer care | gate=always conf=0.9
workers turnover -> staff turnover | gate=always conf=0.9
proceed -> continue | id=news:proceed->continue.obj pos=verb forms=VB,VBD,VBG conf=0.8 after=\s+(?:their|his|her|its|our|my|your)\s+(?-i:[a-z])
    + Patients were likely to proceed their treatment. -> Patients were likely to continue their treatment.
    - We can proceed to the next step.
method -> way | id=news:method->way.path conf=0.75 before=\b(?:a|the|no|any|their|his|her|its)\s+ after=\s+(?:through(?!\s+which)|past|back\s+(?:into|to|in)|forward)\b
    + The home side struggled to find a method through the defence. -> The home side struggled to find a way through the defence.
    - It is a method through which data flow.
nationwide statistics workplace -> national statistics office | gate=always conf=0.97
complete -> total | id=news:complete->total.use conf=0.75 not_before=(?:\b(?:its|their|the)|['’]s)\s+ after=\s+(?:power\s+use|energy\s+use|vitality\s+use|electricity\s+use|emissions|expenditure|spending)\b
    + Accelerators use 61 percent of complete energy use. -> Accelerators use 61 percent of total energy use.
    - The drug gave complete relief.
earlier than -> before | id=news:earlier_than->before.could conf=0.7 after=\s+(?:you|we|they|I|he|she)\s+(?:could|can)\s+(?!have\b|be\b|ever\b)(?-i:[a-z]+)\b
    + They want more data earlier than they could consider a cut. -> They want more data before they could consider a cut.
    - He arrived earlier than he could have hoped.
a whereas -> a while | gate=always conf=0.95 before=\b(?:for|after|in|quite|took\s+me|took\s+us|took\s+them|took|takes|take|only|little|be|been|once\s+in)\s+
    + It took me a whereas to work it out. -> It took me a while to work it out.
    - The contract opens with a whereas clause.
discover out -> find out | pos=verb gate=always conf=0.95
the begin of -> the start of | gate=always conf=0.95 after=\s+(?:the|my|his|her|their|our|this|each|every|next)\b
    + I took photos at the begin of the tenancy. -> I took photos at the start of the tenancy.
    - Put the sign in the begin of group name.
brief walk from -> short walk from | conf=0.75
brief drive from -> short drive from | conf=0.75
sufficient -> enough | id=news:sufficient->enough.adj gate=always conf=0.9 before=\b(?:small|big|large|easy|good|old|strong|long|close|lucky|fast|quick|light|cheap|brave|smart|high|low|far|warm|cold|hot|safe|wide|tall|deep|bright|loud|clear|simple|serious|fair|soon|often|bad|hard|sweet|mature)\s+
    + It is small sufficient to fit on the shelf. -> It is small enough to fit on the shelf.
    - The supply is sufficient to meet demand.
Type regards -> Kind regards | case=exact gate=always conf=0.95
Variety regards -> Kind regards | case=exact gate=always conf=0.95
Finest regards -> Best regards | case=exact gate=always conf=0.95
Greatest regards -> Best regards | case=exact gate=always conf=0.95
Heat regards -> Warm regards | case=exact gate=always conf=0.95
finds you effectively -> finds you well | gate=always conf=0.97
finds you nicely -> finds you well | gate=always conf=0.95
thanks prematurely -> thanks in advance | gate=always conf=0.95
thank you prematurely -> thank you in advance | gate=always conf=0.95
really feel free to -> feel free to | gate=always conf=0.95
any assist -> any help | conf=0.85 after=\s+(?:would|will|is|you\s+can|at\s+all)\b
    + Any assist would be appreciated. -> Any help would be appreciated.
    - He did not record any assist in the match.
worth for cash -> value for money | gate=always conf=0.97
worth for money -> value for money | gate=always conf=0.95
purple card -> red card | gate=always conf=0.9 before=\b(?:straight|shown\s+a|received\s+a|receives\s+a|got\s+a|gets\s+a|earned\s+a|given\s+a|picked\s+up\s+a|yellow\s+and\s+a)\s+
    + He was shown a straight purple card. -> He was shown a straight red card.
    - The purple card is for members only.
own aim -> own goal | gate=always conf=0.9 before=\b(?:an|late|unlucky)\s+
    + An own aim gave City the lead. -> An own goal gave City the lead.
    - Their own aim is to win the league.
aim -> goal | id=news:aim->goal.score conf=0.8 before=\b(?:scored|scores|scoring|score)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?:opening|winning|second|third|late|fine|great|brilliant|stunning|superb|only|first|equalising|equalizing)\s+)?
    + She scored the winning aim in the 89th minute. -> She scored the winning goal in the 89th minute.
    - Our first aim is to stay up.
on house soil -> on home soil | gate=always conf=0.95
the complete -> the entire | id=news:the_complete->the_entire.gov gate=always conf=0.85 after=\s+authorities\b
    + Once signed, the complete authorities will be funded. -> Once signed, the entire authorities will be funded.
    - The complete works were published.
saved -> kept | id=news:saved->kept.ing conf=0.8 before=\b(?:I|we|you|he|she|they|just|and|but|still|always|simply)\s+ after=\s+(?!(?:some|any|no|every)thing\b|using\b|shopping\b|buying\b|selling\b|cooking\b|walking\b|driving\b|cycling\b|switching\b|during\b|spring\b|morning\b|evening\b|string\b|ceiling\b|building\b|bring\b)(?-i:[a-z]+ing)\b
    + I saved checking the seal every day. -> I kept checking the seal every day.
    - She saved everything she earned.
    - Vectors saved using the writer load fast.
provided to -> offered to | conf=0.8 before=\b(?:has|have|had|he|she|they|we|I|also|once|even)\s+ after=\s+(?:help|pay|buy|step|resign|meet|host|cover|mediate|drop|sell|lend|fund|support|share|give|take|cut|waive|back|join|swap|trade|refund|replace|repair)\b
    + Smaller parties have provided to help a minority government. -> Smaller parties have offered to help a minority government.
    - The money was provided to help families.
chilly snap -> cold snap | gate=always conf=0.95
climate situations -> weather conditions | conf=0.85
climate warning -> weather warning | gate=always conf=0.9 before=\b(?:yellow|amber|red|severe|Met\s+Office|Met\s+Workplace)\s+
    + An amber climate warning for rain is in place. -> An amber weather warning for rain is in place.
    - The report was a climate warning for the planet.
excessive winds -> high winds | conf=0.85
doctor's workplace -> doctor's office | gate=always conf=0.95
dentist's workplace -> dentist's office | gate=always conf=0.95
ultimate whistle -> final whistle | gate=always conf=0.95
harm time -> injury time | gate=always conf=0.95
backside of the table -> bottom of the table | gate=always conf=0.95
backside of the league -> bottom of the league | gate=always conf=0.95
prime flight -> top flight | gate=always conf=0.9 before=\b(?:the|English|Spanish|Italian|German|French|Scottish)\s+
    + They return to the prime flight next season. -> They return to the top flight next season.
    - Book a prime flight slot.
listening to from you -> hearing from you | gate=always conf=0.97
at your earliest comfort -> at your earliest convenience | gate=always conf=0.97

# batch 51: grammar frames (written by a helper from the development pages, reviewed and merged): a before a vowel, as a result of before a clause, the place after a verb, will should, noun will increase, have been with a past date
# h6 batch: an article that no longer fits (the spinner swapped a consonant-initial word for a
# vowel-initial synonym and left "a" in front of it)
a evaluate -> a review | gate=always conf=0.92
a assertion -> a statement | gate=always conf=0.92
a authorized -> a legal | gate=always conf=0.92
a ultimate -> a final | gate=always conf=0.9
a excessive -> a high | gate=always conf=0.9
a automobile -> a car | gate=always conf=0.9
a again -> a back | gate=always conf=0.85
a each day -> a daily | gate=always conf=0.95
a upward thrust -> a rise | gate=always conf=0.95
a individual -> a person | gate=always conf=0.85
a unmarried -> a single | gate=always conf=0.9
a energy -> a power | gate=always conf=0.85

# h6 batch: grammar frames the swap breaks (a phrase that cannot take what follows it)
in the course of the course of -> during the course of | gate=always conf=0.95
because of -> due to | id=news:because_of->due_to.verb conf=0.9 before=\b(?:is|are|was|were|be|been|being)\s+ after=\s+(?:expire|end|begin|start|take\s+effect|arrive|close|open|report|release|meet|vote|testify|appear|return|launch|resume|finish|conclude|retire|leave|step\s+down|be|go|hold|announce|publish|deliver|speak|sign|visit|depart|land|debut|air|reopen|rule|decide|hear|face)\b(?![-’'])
    + The subsidies, which are because of expire in December, cost billions. -> The subsidies, which are due to expire in December, cost billions.
    + The report is because of be released on Friday. -> The report is due to be released on Friday.
    - The delay was because of bad weather.
    - Sales fell because of expiring contracts.
thought of -> considered | id=news:thought_of->considered.be conf=0.85 before=\b(?:be|been|being|is|are|was|were)\s+ after=\s+(?:a|an|worthwhile|safe|necessary|essential|important|likely|unlikely|ready|eligible|suitable|successful|profitable|complete|\w+(?:ful|able|ible|ive|ous))\b(?!\s+(?:lot|long|while)\b)
    + The film must be thought of a success by now. -> The film must be considered a success by now.
    + It needs to hit the target before being thought of worthwhile. -> It needs to hit the target before being considered worthwhile.
    - The plan was thought of as a last resort.
    - It was thought of a long time ago.
including that -> adding that | conf=0.75 before=\b(?:said|says|saying|mentioned|stated|told\s+(?:\w+\s+){1,3}?|briefing)[^.;:!?\n]{0,60},\s+ after=\s+(?!is\b|was\b)
    + The bank said it might act in future, including that further rises would follow. -> The bank said it might act in future, adding that further rises would follow.
    - The report listed new details, including that the suspect had fled.
associated to -> related to | conf=0.75 after=\s+(?:the|a|an|his|her|their|its)\s+(?:departments?|remarks?|comments?|cases?|investigation|probe|inquiry|attacks?|war|pandemic|virus|crisis|shooting|incident|election|campaign|scandal|shutdown|killing|deaths?|riots?|storm|hurricane|disaster|fire|crash|conflict|invasion|outbreak)\b
    + She backed a package associated to the departments of defense and labor. -> She backed a package related to the departments of defense and labor.
    - Each key is associated to a value in the table.
    - Move the features associated to the original column.
had been being -> were being | conf=0.8

# h6 batch: "as a result of" (because) before a clause the older frames miss: contracted subjects,
# and a short noun phrase followed by its verb
as a result of -> because | id=news:as_a_result_of->because.contracted gate=always conf=0.95 after=\s+(?:it['’](?:s|d|ll)\b|it\s+(?:does|did|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|can|could|cannot|can['’]t|may|might|must|should|remains|seems|appears)\b|I['’](?:m|ve|d|ll)\b|(?:we|you|they)['’](?:re|ve|d|ll)\b|(?:he|she)['’](?:s|d|ll)\b)
    + Many voted no as a result of it didn’t include reforms. -> Many voted no because it didn’t include reforms.
    + I am here as a result of it's my church. -> I am here because it's my church.
    - Prices rose as a result of its decision.
as a result of -> because | id=news:as_a_result_of->because.np conf=0.8 after=\s+(?:the|a|an|this|that|these|those|its|his|her|their|our)\s+(?:(?!(?:that|which|who|whom|whose|where|when|in|of|on|at|for|with|by|from|to|and|or|we|they|he|she|it|I|you)\b)[\w’'-]+\s+){1,3}?(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|were|weren['’]t|do|don['’]t|does|doesn['’]t|did|didn['’]t|has|hasn['’]t|have|haven['’]t|had|can|can['’]t|cannot|could|will|won['’]t|would|may|might|must)\b
    + Guidance was weak as a result of the company’s projections do not include China. -> Guidance was weak because the company’s projections do not include China.
    + Rates stay high as a result of a tight labor market can fuel inflation. -> Rates stay high because a tight labor market can fuel inflation.
    - Prices rose as a result of the war that has ravaged the region.
    - Jobs lost as a result of the rules we have are gone.
    - Output fell as a result of the strike.

# h6 batch: "the place" for where before a clause, after verbs and nouns that take a where-clause
the place -> where | id=news:the_place->where.verb conf=0.75 evidence=no before=\b(?:succeeded|failed|space|tons|heaps|way\s+of|sense\s+of|idea\s+of|exactly|precisely|anywhere|somewhere|everywhere|back\s+to)\s+ after=\s+(?:[\w’'-]+\s+){1,3}?(?:is|are|was|were|has|have|had|will|would|can|could|occurred|happened|failed|stood|lived|live|lives|began|started|ended)\b
    + The study may have succeeded the place others failed. -> The study may have succeeded where others failed.
    + We wanted a sense of the place AI is headed. -> We wanted a sense of where AI is headed.
    - We wanted a sense of the place itself.
    - They failed the place test.
close to the place -> near where | conf=0.75 after=\s+(?:the|a|an|he|she|they|it|we|I|you|[A-Z]\w+)\s+(?:[\w’'-]+\s+){0,2}?(?:is|are|was|were|has|have|had|occurred|happened|died|lived|stood|crashed|began|started)\b
    + Crews searched the area close to the place the incident occurred. -> Crews searched the area near where the incident occurred.
    - He lives close to the place of the incident.

# h6 batch: a modal in front of "should" (the spinner's have to -> should)
will should -> will have to | gate=always conf=0.95
will nonetheless should -> will still have to | gate=always conf=0.95
would should -> would have to | gate=always conf=0.95
will not should -> will not have to | gate=always conf=0.95

# h6 batch: a noun swapped for a verb phrase after an adjective ("sudden will increase" = increases),
# and "a selection of" (a number of) as the subject of a plural verb
will increase -> increases | id=news:will_increase->increases.adj gate=always conf=0.9 before=\b(?:sudden|unexpected|surprise|shock|dramatic|modest|small|slight|rapid|gradual|significant|substantial|aggressive|annual|monthly|weekly|previous|earlier|prior|several|multiple|sizable|sizeable|hefty|costly|painful|jumbo|outsized|unprecedented|consecutive|quarterly)\s+
    + The world coped with sudden will increase in the cost of energy. -> The world coped with sudden increases in the cost of energy.
    - Officials said costs will increase in March.
a selection of -> a number of | conf=0.8 after=\s+(?:authorities|officials|officers|experts|analysts|lawmakers|countries|states|researchers|scientists|studies|companies|economists|people|individuals|senators|Republicans|Democrats)\s+(?:have|had|are|were|say|said|warned|raised|called|told)\b
    + A selection of authorities have raised concerns about the drug. -> A number of authorities have raised concerns about the drug.
    - A selection of wines is served with dinner.

# h6 batch: auxiliaries a time expression or an adverb rules out ("have been" for were before a
# past date, "was once" for was before a sentence adverb), and "is aware of" (knows) before a wh-clause
have been -> were | id=news:have_been->were.pastdate conf=0.8 not_before=\b(?:I|you|we|who|that|which|may|might|could|would|should|must|will|to)\s+ after=\s+(?:\w+\s+)?\w+(?:ed|en|wn|ght|ung|ot|ld|id|de)\s+(?:(?:in|at|by|to|from)\s+(?!(?:19|20)\d\d)\w+\s+)?(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b(?!\s*(?:and|,))|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days|weeks|months|years)\s+ago\b)
    + More cars have been sold in China in 2021 than ever. -> More cars were sold in China in 2021 than ever.
    + Dozens of students have been taken three days ago. -> Dozens of students were taken three days ago.
    - Prices have been lowered in 2021 and 2022 alike.
    - Cases have been reported since 2020.
was once -> was | id=news:was_once->was.adverb conf=0.8 after=\s+(?:probably|additionally|nonetheless|now|already|no\s+longer|solely|double|triple)\b
    + The hike was once double what economists expected. -> The hike was double what economists expected.
    + He was once probably the most cautious of the group. -> He was probably the most cautious of the group.
    - The town was once a busy port.
is aware of -> knows | conf=0.8 before=\b(?:nobody|no\s+one|no-one)\s+ after=\s+(?:exactly\s+|precisely\s+|for\s+sure\s+)?(?:how|what|whether|when|why|where|who|which|if)\b
    + Nobody is aware of exactly how he will proceed. -> Nobody knows exactly how he will proceed.
    - Everyone is aware of the risks.
is aware of -> knows | id=news:is_aware_of->knows.who conf=0.75 after=\s+(?:who|whether)\b
    + I will make sure the board is aware of who did the work. -> I will make sure the board knows who did the work.
    - The board is aware of the work.
in search of -> looking for | conf=0.7 before=\b(?:was|were|is|are|been|still|nonetheless)\s+ after=\s+(?:a|an|the|two|three|\d+)\s+(?:\w+\s+)?(?:man|men|woman|women|suspect|suspects|driver|gunman|gunmen|shooter|attacker|attackers|person|people|boy|girl|child|children|vehicle|car)\b
    + Police said they were nonetheless in search of a third man. -> Police said they were nonetheless looking for a third man.
    - The family moved west in search of a better life.
had been all -> were all | conf=0.75 after=\s+(?!but\b)\w+(?:ed|en|ing)\b
    + Forecasts for Japan and India had been all lowered. -> Forecasts for Japan and India were all lowered.
    - The evidence had been all but ignored.
    - The place had been all over the news.
if there have been -> if there were | conf=0.75 before=\bwould\b[^.;!?\n]{0,100}\s+ after=\s+(?:new|further|more|fresh|clear|signs|evidence)\b
    + Rises would only be needed if there have been new signs of inflation. -> Rises would only be needed if there were new signs of inflation.
    - It would help to know if there have been any complaints.
Including to -> Adding to | case=exact conf=0.85 before=(?:^|[.!?]["”’]?\s+) after=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:pressure|pressures|concerns|worries|woes|fears|uncertainty|gloom|problems|troubles|strain|tension|tensions|confusion|pain|headwinds)\b
    + Including to supply pressures, exports were cut. -> Adding to supply pressures, exports were cut.
    - He visited several places, including to the border.

# h6 batch: verbs swapped for ones that cannot take what follows (not + 3rd-person verb = no longer,
# "decide to the deal" = commit to, "show over documents" = turn over, "adjust to a subpoena" =
# comply with, "comply with a slew of" = follow, "offered off" = sold off)
not recommends -> no longer recommends | conf=0.85
not requires -> no longer requires | conf=0.85
not allows -> no longer allows | conf=0.85
not includes -> no longer includes | conf=0.85
not applies -> no longer applies | conf=0.85
not offers -> no longer offers | conf=0.85
not supports -> no longer supports | conf=0.85
not provides -> no longer provides | conf=0.85
not permits -> no longer permits | conf=0.85
decide to -> commit to | conf=0.8 before=\bto\s+ after=\s+(?:the|a|an|any|his|her|their|its|this|such)\s+(?!end\b|extent\b|point\b|degree\b)
    + Johnson refused to decide to the deal’s key promise. -> Johnson refused to commit to the deal’s key promise.
    - Voters will have to decide to stay or leave.
show over -> turn over | conf=0.85 before=\bto\s+ after=\s+(?:the\s+|all\s+)?(?:documents|information|details|records|files|evidence|data|materials|paperwork|emails|communications|tapes)\b
    + Lawmakers asked the White House to show over details about the meeting. -> Lawmakers asked the White House to turn over details about the meeting.
    - They wanted to show over and over that it works.
adjust to -> comply with | conf=0.85 after=\s+(?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?(?:subpoena|subpoenas|summons|warrant|injunction|court\s+order)\b
    + He would refuse to adjust to the subpoena for testimony. -> He would refuse to comply with the subpoena for testimony.
    - Markets had to adjust to the new rules.
comply with -> follow | conf=0.8 after=\s+(?:a|an)\s+(?:slew|string|wave|spate|flurry|surge)\s+of\b
    + The results comply with a slew of large investments. -> The results follow a slew of large investments.
    - Firms must comply with a series of new rules.
offered off -> sold off | conf=0.85 not_after=-
    + Other big retailers also offered off on Monday. -> Other big retailers also sold off on Monday.
    - Tickets were offered off-peak.

# h6 batch: nouns swapped for verb phrases after a determiner ("the get started of the year" = start,
# "a spread of programs" = a range of)
get started -> start | conf=0.85 before=\b(?:the|a|recent|fresh|new|good|strong|slow|solid|rocky|early|late|head)\s+ not_after=\s+(?:guide|guides|page|pages|section|button|tutorial|tutorials|docs|documentation|kit|wizard|menu|screen)\b
    + Forecasts were cut since the get started of the year. -> Forecasts were cut since the start of the year.
    + It gives borrowers a fresh get started. -> It gives borrowers a fresh start.
    - Read the get started guide first.
a spread of -> a range of | conf=0.85 after=\s+(?:(?:[\w-]+\s+)?(?:packages|programs|programmes|applications|prices|costs|products|items|objects|issues|topics|options|measures|services|sectors|industries|subjects|areas|activities|goods|policies|factors|sizes|ages|estimates|outcomes|scenarios|sources)\b|[$£€]?\d[\d.,]*\s*%?\s*(?:to|and|-|–)\s*[$£€]?(?:\d|one|two|three|four|five))
    + The bill cuts spending across a spread of programs. -> The bill cuts spending across a range of programs.
    + It cut its forecast to a spread of 0.7% to 1%. -> It cut its forecast to a range of 0.7% to 1%.
    - The bond traded at a spread of about 150 basis points.

# batch 52: `each` where only `both` fits: before a determined phrase joined by `and` (`each the
# conservatives and the moderates`), before two years, before a plural joined by `and`
each -> both | id=news:each->both.det conf=0.85 after=\s+(?:the|his|her|their|its|our|your|these|those)\s+(?:[\w'’-]+\s+){1,5}and\s+(?:the|his|her|their|its|our|your|these|those|[\w'’-]+)\b not_after=\s+(?:its|their|his|her|our|your)\s+own\b
    + The bank cut each its five-year rate and its one-year rate. -> The bank cut both its five-year rate and its one-year rate.
    + Each the civilians and the officers were drawn in. -> Both the civilians and the officers were drawn in.
    - Two rooms, each the size of a hall.
    - To each their own taste and style.
    - They paid $5 each the first day and $3 after.
each -> both | id=news:each->both.years conf=0.9 after=\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b
    + The same people answered in each 2021 and 2022. -> The same people answered in both 2021 and 2022.
    - Prices rose in each year between 2021 and 2022.
each -> both | id=news:each->both.plural conf=0.85 after=\s+(?!(?:has|was|is|does|goes|says|makes|takes|gets|comes|seems|remains|wants|needs|costs|pays|plays|runs|sits|stands|lives|holds|gives|keeps|looks|feels|uses|works|adds|earns|wins|loses|means)\b)(?:[A-Za-z]+[^sui\W]s)\s+and\s+[\w'’-]+
    + It is unwelcome to each producers and customers. -> It is unwelcome to both producers and customers.
    + Support from each Democrats and Republicans grew. -> Support from both Democrats and Republicans grew.
    - Each has and will have its own rules.
    - Each class and each teacher was counted.
    - Each bus and each train was late.

# batch 53: `quickly` after a modal, where the spinner's `soon` -> `quickly` leaves `would quickly
# station`
quickly -> soon | id=news:quickly->soon.modal conf=0.6 evidence=no before=\b(?:will|would|could|may|might|should|shall|won['’]t|wouldn['’]t)\s+
    + Putin said Russia would quickly station missiles there. -> Putin said Russia would soon station missiles there.
    - The market recovered quickly after the vote.
    - It quickly recovered its losses.
