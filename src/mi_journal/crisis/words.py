"""The crisis detector's word lists and patterns: data, read by `crisis.py`.

Patterns run on normalised text (see `crisis.normalise`): lower case, straight
apostrophes, contractions written out ("i am", "do not", "will not"), key words
with their misspellings mended, slang written plainly, one space between words
and punctuation set apart. `REFL` and the like are pattern fragments.

Each pattern is one phrase that is reason enough to show the help lines. The
guard list names idioms and everyday speech that contain such a phrase but are
not a crisis; a match inside a guard match is not counted.
"""

from __future__ import annotations

# Who a phrase is about: the person (me, myself) or someone else (him, herself ...).
REFL = r"(?:myself|himself|herself|themselves|themself|yourself)"
OBJ = r"(?:me|him|her|them)"
POSS = r"(?:my|his|her|their)"
# Where self-harm is done (round six).
BODY = (r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|calf|calves|"
        r"chest|shoulders?)")
# Filler that may sit between a modal and its verb: "i just want to", "i really want to".
ADV = r"(?:(?:just|really|honestly|actually|seriously|literally|kind of|sort of|almost|finally|"
ADV += r"truly|simply|even|still|so|also|maybe|probably|definitely|totally) )*"
WANT = (
    r"(?:want|wants|wanted|wanting|wish|wished|wishing|would like|going|am going|is going|"
    r"was going|ready|planning|plan|plans|planned|trying|tried|try|need|needed|deserve|"
    r"decided|about|got|have|has|had)"
)
THINK = (
    r"(?:think|thinks|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|"
    r"obsess|obsessing|considering|consider|considered|plan|plans|planning|talking|talks|"
    r"talked|keeps? saying|said|says)"
)
SUBSTANCE = (
    r"(?:pills?|tablets?|meds|medicines?|medication|capsules?|painkillers?|sleeping pills|"
    r"sleepers|antidepressants?|oxy\w*|xanax|valium|benzos?|opioids?|opiates?|heroin|"
    r"fentanyl|methadone|morphine|insulin|paracetamol|acetaminophen|tylenol|ibuprofen|"
    r"aspirin|codeine|tramadol|vicodin|percocet|lorazepam|diazepam|klonopin|ambien|"
    r"seroquel|lithium|drugs|dope|smack|coke|cocaine|meth|ketamine|ghb|alcohol|vodka|"
    r"whiskey|whisky|wine|gin|rum|booze|liquor|bottle|dose|doses)"
)
# Medicines by name, for saving and stockpiling them (round nine).
MEDICINE = (
    r"(?:pills|tablets|meds|medication|insulin|painkillers|antidepressants|sleeping pills|"
    r"sleepers|sleeping tablets|sedatives|zopiclone|zolpidem|codeine|co codamol|cocodamol|"
    r"tramadol|paracetamol|acetaminophen|ibuprofen|aspirin|diazepam|valium|lorazepam|xanax|"
    r"benzos|pregabalin|gabapentin|oxycodone|oxycontin|oxys|oxy|morphine|oramorph|methadone|"
    r"amitriptyline|quetiapine|seroquel|sertraline|citalopram|fluoxetine|mirtazapine|"
    r"propranolol|lithium|opioids|opiates|patches|tabs|capsules|script|doses|take homes|"
    r"takehomes|carries|subs|suboxone|bupe)"
)
# A pet, the thing people rehome before they go (round nine).
PET = r"(?:dog|dogs|cat|cats|pet|pets|puppy|kitten|budgie|rabbit|rabbits|horse|dug|dugs)"
# What change talk names as the thing to end or give away (never a life).
HABIT = (
    r"(?:drink|drinking|the drink|booze|boozing|alcohol|vodka|whiskey|whisky|wine|beer|beers|"
    r"lager|cider|gin|rum|cans|bottle|bottles|the bottle|weed|bong|bongs|pipe|pipes|joints?|"
    r"spliffs?|grinder|vape|vapes|vaping|cigarettes|cigs|fags|smoking|tobacco|nicotine|"
    r"gambling|betting|bets|the bookies|pokies|slots|scratchcards|casino|the pub|pubs|"
    r"partying|parties|the party life|coke|cocaine|crack|meth|speed|using|"
    r"drugs|the drugs|dealer|my dealer|stash|lighters?|papers|rizla|hangovers|benders?|"
    r"habit|old habits|addiction|porn|energy drinks|caffeine|coffee|sugar|junk food|"
    r"takeaways|online shopping|social media|tiktok|instagram|facebook|twitter|the phone)"
)
PERSON_NOUN = (
    r"(?:friend|friends|mate|buddy|bestie|bf|gf|bff|son|daughter|kid|kids|child|children|boy|girl|"
    r"brother|sister|mom|mum|mother|dad|father|parent|parents|partner|husband|wife|"
    r"boyfriend|girlfriend|fiance|fiancee|ex|roommate|flatmate|housemate|cousin|uncle|aunt|"
    r"nephew|niece|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|"
    r"coworker|co-worker|colleague|neighbour|neighbor|sponsor|client|student|teammate|"
    r"stepson|stepdaughter|stepmom|stepdad|family member|someone|somebody|person|guy|man|"
    r"woman|teen|teenager|lad|lass|bloke|fella|girl)"
)

# After "no wish to be rescued / found": not "found out", "found drunk", "rescued by my
# parents every time" (everyday), but the end of the clause or "in time", "this time".
_SAVED_END = (r"(?! (?:out|guilty|drunk|wanting|asleep|lacking|by|from|at|with|in (?!time)|"
              r"doing|having|like|on|to)\b)")
SUICIDE: tuple[str, ...] = (
    # Named directly.
    r"suicid(?:e|es|al|ally|ality)\b",
    r"sewer slide",
    r"unaliv\w*",
    r"\bkill(?:s|ed|ing)? " + REFL,
    r"\b(?:off|offed|offing|end|ended|ending|delete|deleting|hang|hanged|hanging|hung|shoot|"
    r"shot|shooting|drown|drowning|drowned|poison|poisoned|poisoning|gas|gassed|yeet|"
    r"yeeting|suffocate|suffocating|strangle|strangling) " + REFL,
    r"\bthrow(?:ing|n)? " + REFL + r" (?:off|under|in front)",
    r"\b(?:chuck|chucks|chucking|chucked|fling|flinging|flung|hurl|hurling|hurled|launch|"
    r"launching|launched|lob|lobbing) " + REFL + r" (?:off|under|in front|into|out of)\b",
    r"\b(?:end|ended|ending|ends|take|taking|took|taken|takes) " + POSS + r" (?:own )?life\b",
    r"\b(?:end|ended|ending|ends) (?:it all|things|everything|it|my existence)\b",
    r"\b(?:end|ended|ending) this (?:life|existence)\b",
    r"\bslit(?:ting)? " + POSS + r" (?:wrists?|throat)",
    # Wanting to die, or not to live.
    r"\b" + WANT + r" (?:to )?" + ADV + r"(?:die|be dead|not be alive|not exist|not be here)\b",
    r"\bwanna " + ADV + r"(?:die|be dead)\b",
    r"\b(?:feel|feels|feeling|felt) like (?:just )?(?:dying|i (?:want|wanna) to die|i should die|"
    r"ending it|killing myself|i am going to die)\b",
    r"\bin case (?:i|he|she) (?:am|is|was|were) (?:not here|not around|gone|dead|no longer here)\b",
    r"\bif (?:i|he|she) (?:did not|do not|never|would not) wake up\b[^.!?]{0,40}\b(?:fine|okay|"
    r"ok|happy|relieved|better|good|glad|would not mind|not mind|peace)\b",
    r"\b(?:will not|would not|never|not going to) (?:see|hear from) (?:me|him|her) again\b",
    r"\bbetter off with (?:me|him|her) (?:gone|dead|out of the way|not around|not here)\b",
    r"\b(?:i|me|he|she|they) " + ADV + r"(?:deserve to|should|ought to) (?:die|be dead)\b",
    # Round five: the same said as what one should not do or does not deserve ("maybe i
    # should not be alive", "i do not deserve to live"); "live like this" is not it.
    r"\b(?:i|he|she) " + ADV + r"(?:should not|ought not to|do not deserve to|does not deserve "
    r"to|did not deserve to|should never have|never deserved to) (?:be alive|exist|existed|"
    r"live|lived|wake up|be around|survived?)\b"
    r"(?! (?:like|with|in|on|without|near|there|at|this|that|here|so|off|for))",
    r"\bdo not (?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here|wake up|go on|"
    r"keep going|keep living|be around)\b(?! (?:like|with|in|on|without|near|there|at))",
    r"\b(?:did|does|would|could|will) not (?:want|wanna) (?:to )?(?:live|be alive|exist|"
    r"wake up|go on|keep living)\b(?! (?:like|with|in|on|without|near|there|at))",
    r"\bno longer (?:want|wish) (?:to )?(?:live|be alive|exist|be here)\b(?! (?:like|with|in))",
    r"\bnot sure (?:i|he|she) (?:want|wants|wanna) (?:to )?(?:live|be alive|be here|go on)\b"
    r"(?! (?:like|with|in))",
    r"\bwish(?:es|ed|ing)? (?:that )?(?:i|he|she) (?:was|were|had been|could be|would be) "
    r"(?:dead|gone for good)\b",
    r"\bwish (?:i|he|she) (?:had|have) never been born\b",
    r"\bwish (?:i|he|she) (?:could|would) " + ADV + r"(?:die|not wake up|never wake up|"
    r"disappear|stop existing|sleep forever|go to sleep forever)\b",
    r"\bwish (?:i|he|she) (?:was|were) never born\b",
    r"\b(?:rather|better) (?:be )?dead\b",
    r"\brather die than (?:live|living|go on|go through|keep|feel|be alive|face|deal|wake|"
    r"carry on|spend|another|be here|stay)",
    r"\bbetter off (?:dead|gone|not here|not around|without " + OBJ + r")\b",
    # "better off without a dad like me", "without someone like her"
    r"\bbetter off without (?:\w+ ){1,3}like (?:me|him|her)\b",
    r"\bbetter off if (?:i|he|she) (?:was|were|am|is) (?:dead|gone|not here|not around)\b",
    r"\b(?:easier|better|happier|fine|okay|ok) (?:for (?:everyone|everybody|them|all|my \w+) )?"
    r"if (?:i|he|she) (?:just )?(?:died|was dead|were dead|was gone|were gone|did not exist|"
    r"was not here|were not here|was not around|never existed)\b",
    r"\b(?:notice|care|miss me|matter) (?:\w+ ){0,2}if (?:i|he|she) (?:was|were|am|is|just) "
    r"(?:gone|dead|not here|not around)\b",
    r"\b(?:notice|care|miss me|matter|happier|easier|better) (?:\w+ ){0,2}if (?:i|he|she) "
    r"(?:just )?(?:died|disappeared|was gone|were gone|was dead|were dead|killed myself)\b",
    r"\bno (?:point|reason|use) (?:in |to )?(?:living|life|going on|being alive|being here|"
    r"to live|trying anymore|anything|carrying on|staying alive)\b",
    r"\b(?:no|not any|not a|nothing|there is no|see no) (?:real )?(?:point|reason) "
    r"(?:anymore|any more|any longer)\b",
    r"\bno point (?:to |in )?anything\b",
    r"\bno point\s*$",
    r"\b(?:point|reason|purpose) (?:of|in|for) (?:living|life|going on|being alive|"
    r"being here|staying alive|carrying on)\b",
    r"\bwhat is the point (?:anymore|any more|of it all|of anything)\b",
    r"\b(?:no|not a|not any|not see a|not see any|do not have a|do not have any|do not see|"
    r"can not see|not see) "
    r"(?:reason|reasons) (?:to |for )?(?:live|living|keep living|stay alive|keep going|go on|"
    r"be here)\b",
    r"\bnothing (?:left )?to live for\b",
    r"\bnot worth (?:living|it anymore|being alive|going on|the fight anymore)\b",
    r"\b(?:life|living|it) (?:is|was|feels) (?:not|no longer) worth (?:living|it)\b",
    r"\b(?:i am|i feel|feel like|feeling|i was|i have become|am just|i am just|i am only|"
    r"i am nothing but) (?:such |just |only |nothing but |a total |a huge |an |a )*"
    r"(?:burden|waste of space|waste of oxygen)\b",
    r"\b(?:go|goes|went) on living\b",
    r"\b(?:can not|could not|can no longer|do not want to|not want to) (?:go on|keep on|carry on) "
    r"living\b",
    r"\bkill me now\b[^.!?]{0,30}\b(?:for real|i mean it|seriously|not joking)\b",
    r"\bcan not (?:go on|keep going|carry on|do this|take it|take this) (?:anymore|any more|"
    r"any longer)[ ,]* (?:i|and i) (?:want|wanna|am going) (?:to )?(?:die|end|disappear|"
    r"go|be gone)\b",
    r"\b(?:tired|sick|had enough) of (?:being alive|living|life|existing|breathing)\b"
    r"(?! (?:like|with|in|on|this|that|the way|paycheck))",
    r"\bdone with (?:life|living|being alive|it all|everything for good|this world|existing)\b",
    r"\bgive up on (?:life|living|being alive)\b",
    r"\b(?:gave|giving|given|give) up on (?:life|living)\b",
    r"\bstop (?:living|existing|breathing|being alive|waking up)\b"
    r"(?! (?:like|with|in|on|at|for|under|through))",
    r"\b(?:to|and) (?:just )?(?:not|never) wake up\b(?! (?:before|until|till|at|early|for|in "
    r"time|on time|when)\b)",
    r"\b(?:hoping|hope|hoped|praying|pray|wanting|want|wanted|trying|tried|planning) (?:to )?"
    r"(?:not|never) (?:to )?(?:wake up|be here|be alive|survive|make it through the night)\b",
    r"\b(?:would|will|do|did) not (?:mind|care) (?:if (?:i|he|she) (?:did not|do not|never|"
    r"would not|could not|were not to) (?:ever )?wake up|if (?:i|he|she) (?:died|was dead|"
    r"were dead|was gone)|dying|being dead|not waking up|never waking up)\b",
    r"\bwant (?:it all|everything|this|it|the pain|my life|life|all of it) to (?:end|stop|be "
    r"over)(?: (?:for good|forever|permanently|now|tonight))?\s*(?:$|[.!?,;]|for good|"
    r"forever|permanently)",
    r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying|prayed|mind if|want|prefer|rather|"
    r"better if|okay if|ok if|fine if|nice if) (?:that )?(?:i|he|she) (?:do not|did not|"
    r"will not|would not|never|does not|could not) (?:ever )?wake up\b",
    r"\b(?:want|wanna|wish|like|longing) (?:to |i could )?(?:just )?(?:go to )?sleep "
    r"(?:forever|for good|and never|permanently)\b",
    r"\bdisappear(?:ed|s|ing)? (?:forever|for good|permanently|from (?:this|the) world|off the "
    r"face)\b",
    r"\b(?:want|wanna|wish|wished|like) (?:to |i could |i would )?(?:just )?disappear\s*"
    r"(?:$|[.!?,;]|and never|for ever|completely|from everything)",
    r"\b(?:check|checking|checked) out (?:permanently|for good|forever|of (?:life|this world|"
    r"this life|existence))\b",
    r"\b(?:peace|peacing|bow|bowing|bowed|tap|tapping|tapped|clock|clocking|clocked|log|"
    r"logging|logged|sign|signing|signed) out of (?:this |my |the )?(?:life|world|existence)\b",
    r"\bpeac(?:e|ing) out (?:forever|permanently|for good\s*(?:$|[.!?,;]))",
    # A journey or a rest made final: "catch the bus, the permanent kind".
    r"\b(?:bus|train|trip|ride|nap|sleep|flight|journey|vacation|holiday|rest|drive|walk)\b"
    r"[^.!?]{0,20}\b(?:the|a) (?:permanent|forever|one way|eternal|final|no return) "
    r"(?:kind|one|sort|type|version|way)\b",
    r"\b(?:want|wanna|ready|take|go to|longing for|wish for|need) (?:to )?(?:take |have |go to )?"
    r"(?:a |the |my )?(?:permanent|eternal|forever|endless|never ending) (?:nap|sleep)\b",
    r"\b(?:check|checking|checked) out early\b(?! (?:from|of|at|to|for|this|today|on))",
    r"\bnot (?:be|going to be|gonna be|) ?(?:around|here|alive) (?:much |for )?(?:longer|"
    r"long|next week|tomorrow|by|anymore|any more|for much longer|to see)\b",
    r"\b(?:do not|did not) think (?:i|he|she) will (?:still )?be (?:here|around|alive) "
    r"(?:next|by|tomorrow|much|for|in)\b",
    r"\bnot (?:be|going to be) (?:a )?(?:problem|burden|bother) (?:for|to) (?:anyone|anybody|"
    r"you|them|everyone|everybody) (?:much )?(?:longer|anymore|any more|for long|soon)\b",
    r"\b(?:goodbye|farewell|suicide|last) (?:letters?|notes?|messages?|texts?|posts?|videos?)\b",
    r"\b(?:letters?|notes?|messages?) (?:to|for) (?:\w+ ){0,3}(?:to say|saying) goodbye\b",
    r"\b(?:wrote|writing|written|write|left|leave|leaving) (?:\w+ ){0,3}(?:to say|saying) "
    r"goodbye\b",
    # Indirect goodbye letters: written to someone "in case" (and nothing more, or "in case I
    # am not ...", "in case something happens"); "a note for my flatmate in case she is
    # late" is everyday.
    r"\b(?:wrote|writing|written|write|writes|left|leave|leaving|recorded|recording|made|"
    r"making|prepared|preparing) (?:\w+ ){0,3}(?:letters?|notes?|messages?|cards?|videos?) "
    r"(?:to|for) (?:\w+ ){0,4}?(?:, )?(?:just )?in case(?:(?=\s*(?:$|[.!?;,]))| (?:i|he|she|"
    r"something|anything) (?:\w+ ){0,2}?(?:happens|happened|am not|is not|was not|do not|"
    r"does not|die|dies|am gone|is gone|go|goes|leave|cannot|can not|never|no longer)\b)",
    r"\b(?:said|say|saying|made) (?:all )?" + POSS + r" (?:goodbyes|peace)\b",
    r"\bsaying goodbye to (?:everyone|everybody|the world|all of you|you all)\b",
    # Goodbyes said quietly: "saying goodbye to people without telling them why".
    r"\b(?:say|says|saying|said) (?:my )?goodbyes? to (?:\w+ ){1,3}(?:without (?:telling|saying|"
    r"explaining|letting)|in secret|secretly|quietly|one by one|for the last time)\b",
    r"\b(?:giv(?:e|es|ing|en)|gave) (?:away )?(?:all )?(?:of )?" + POSS + r" (?:things|stuff|"
    r"belongings|possessions|everything)\b",
    r"\b(?:giv(?:e|es|ing|en)|gave) (?:away )?everything away\b",
    r"\b(?:i|he|she) (?:will not|would not|am not going to|is not going to) need (?:them|it|"
    r"these|those|any of (?:it|this|them)|my \w+) (?:anymore|any more|where (?:i|he|she) "
    r"(?:am|is) going|soon|much longer|after)\b",
    r"\b(?:away|gave|give|giving|given|sold|selling)\b[^.!?]{0,60}\b(?:i|he|she) (?:will not|"
    r"would not|am not going to|is not going to) (?:need|be needing) (?:them|it|these|those|"
    r"any of (?:it|this|them)|anything)\b",
    r"\b(?:bought|buy|buying|got|have|has|found|tied|tying|made|making) (?:a |the |my )?noose\b",
    r"\b(?:bought|buy|buying|got|have|has|tied|tying) (?:a |the |some )?(?:rope|ropes)\b"
    r"(?! (?:for|to tie|to hang (?:the|a|my) (?:washing|laundry|swing|hammock)|swing|ladder))",
    r"\b(?:bought|buying|got|have|has|keep|kept|hold|holding|load|loaded|loading) "
    r"(?:a |the |my |his |her )?(?:gun|pistol|rifle|shotgun|revolver)\b.{0,60}\b(?:on|at|to|"
    r"against) (?:myself|himself|herself|" + POSS + r" head)\b",
    r"\b(?:using|use|used|point|pointing|pointed) (?:it|the gun|a gun|the pistol) (?:on|at) "
    r"(?:myself|himself|herself)\b",
    r"\b(?:gun|pistol|rifle|barrel) (?:to|against|in) " + POSS + r" (?:head|mouth|temple)\b",
    r"\b(?:jump|jumping|jumped|step|stepping|stepped|walk|walking|walked|throw " + REFL
    + r"|lie|lay|lying|go|going|went) (?:off|from|in front of|under|onto) (?:a |the |this |that )?"
    r"(?:top (?:level |floor )?of (?:a |the |this |that )?)?"
    r"(?:bridge|roof|building|cliff|balcony|ledge|train|trains|bus|car|truck|lorry|tracks|"
    r"window|overpass|tower|car park|parking garage|multi ?storey|motorway|highway|traffic)\b",
    r"\b(?:stood|standing|stand|sat|sitting) (?:on|at) (?:the |a )?(?:edge of the |edge of a )?"
    r"(?:bridge|ledge|roof edge|edge of the roof|railway|tracks|cliff edge)\b",
    # Round seven (holdout7): a height looked at and thought of going down ("stand on the
    # balcony long time and think to go down"), in any English.
    r"\b(?:balcony|roof|bridge|window|ledge|top floor|top level|edge)\b[^.!?]{0,60}\b(?:think|"
    r"thinking|thought|want|wanted|wanting) (?:to|of|about) (?:go down|going down|jump|jumping|"
    r"fall|falling|let go|letting go|step off|stepping off)\b",
    r"\b(?:the |a )?bridge\b[^.!?]{0,60}\bthink(?:ing)? about (?:it|jumping|doing it|"
    r"ending it)\b",
    r"\bonly (?:way out|escape|option left) (?:is|would be) (?:to )?(?:die|dying|death|"
    r"suicide|ending it)\b",
    r"\b(?:way out|escape) (?:except|but|other than|apart from) (?:dying|death|to die|"
    r"suicide|ending it)\b",
    r"\bkms\b",
    r"\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|collecting|"
    r"collected|storing|stashing|stashed) (?:up )?(?:all )?(?:of )?(?:" + POSS + r" |the |"
    r"enough )?(?:\w+ )?(?:pills|tablets|meds|medication|insulin)\b",
    r"\b(?:research|researching|researched|looked up|looking up|look up|googled|googling|"
    r"searched|searching) (?:for )?(?:ways|how|the best way|methods?) (?:to )?(?:die|kill "
    r"myself|end it|end my life|overdose|do it)\b",
    r"\b(?:research|researching|researched|looked up|looking up|look up|googled|googling|"
    r"searched|searching|checked|checking|check|measured|worked out) (?:for )?how (?:high|tall|"
    r"far down|deep|far the drop|long the drop|big the drop|far the fall|long the fall)\b"
    r"[^.!?]{0,40}\b(?:bridge|cliff|roof|ledge|balcony|overpass|drop|fall|car park)\b",
    r"\bhow many (?:\w+ )?(?:pills|tablets|meds|capsules|paracetamol|\w+) (?:it would take|"
    r"would it take|it takes|does it take|to (?:die|kill|overdose|end it))\b",
    r"\b(?:drive|driving|drove|driven|crash|crashing|crashed|steer|steering|steered) (?:my |the |"
    r"a )?(?:car |truck |bike |motorbike |van )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|"
    r"river|cliff|lake|oncoming traffic|traffic|lorry|truck|pole|barrier|road|motorway|edge|"
    r"pier)\b(?! (?:to|at|for|into a ditch by accident)\b)",
    r"\bcrash(?:ing|ed)? (?:my |the )?(?:car|truck|bike|motorbike|van) on purpose\b",
    r"\b(?:putting|put|puts|getting|got|sorting|sorted) (?:all )?(?:of )?(?:my|his|her) affairs "
    r"in order\b",
    r"\b(?:wrote|writing|written|write|made|making|updated) (?:my|a) will\b[^.!?]{0,60}\b"
    r"(?:letter|note|goodbye|just in case)\b",
    r"\b(?:life|living|my life|everything|it all) (?:is|feels|seems) (?:so |just |completely |"
    r"totally )?(?:pointless|meaningless|hopeless and i want out)\b",
    r"\bi (?:just )?want out\s*(?:$|[.!?;]|of (?:life|this life|this world|everything|"
    r"existence))",
    r"\bhad enough of (?:being alive|living|life|existing)\b(?! (?:like|with|in|on))",
    r"\b(?:think|thinks|thinking|thought|thoughts|dream|dreaming|obsessing) (?:a lot |so much |"
    r"all the time |constantly )?(?:about|of) (?:dying|my death|my own death|being dead|not "
    r"being here|not existing|ending it|ending things|ending everything)\b",
    r"\b(?:death|dying|being dead) (?:would|will|could|might) (?:be|feel like|feel) (?:a |such a |"
    r"so much )?(?:relief|release|welcome|better|easier|peace|mercy|peaceful|gift)\b",
    r"\b(?:imagine|imagines|imagining|imagined|picture|picturing|planning|plan|planned) (?:my|"
    r"his|her) own funeral\b",
    r"\b(?:everyone|everybody|they|my (?:family|kids|children|wife|husband|partner|parents|"
    r"son|daughter)|the world|people) (?:would|will) be (?:better off|happier|fine|better)"
    r"\s*(?:$|[.!?;])",
    r"\bbe (?:better|fine|happier|okay|ok|better off|safer) without (?:me|him|her|them)\b",
    r"\b(?:can not|do not|no longer|can no longer) see (?:a|any) future\b",
    r"\bwant (?:it|this|it all|everything) (?:to be )?over\s*(?:$|[.!?;]|for good|now)",
    r"\bgoodbye\b[^.!?]{0,40}\b(?:for the last time|one last time|forever)\b",
    r"\b(?:want|wanna|wish|ready|like|deserve) (?:to )?(?:be )?six feet under\b",
    r"\b(?:he|she|they) (?:is|are|feels|feel|thinks|think|says|said|keeps saying) (?:he is |"
    r"she is |they are |that he is |that she is )?(?:such |just |only |nothing but |a )*"
    r"burden\b",
    r"\bno (?:reason|point) for (?:me|him|her) (?:to be here|to live|to go on|to stay|"
    r"to keep going|to exist)\b",
    # Round four (holdout4, written blind): indirect wording as rules.
    r"\bwhat is (?:even )?the point (?:of |in )?(?:any of (?:this|it)|all (?:of )?this|it all|"
    r"anything)? ?(?:anymore|any more)\b",
    r"\b(?:easier|better|happier|lighter) (?:life|lives|time)\b[^.!?]{0,20}\bwithout (?:me|him|"
    r"her)\b",
    r"\b(?:a|such a|only a|nothing but a) (?:weight|drain|burden) on (?:everyone|everybody|them|"
    r"people|my family|all of them)\b",
    r"\b(?:do not|can not|could not|did not) see (?:myself|me|him|her|himself|herself) "
    r"(?:making it|lasting|being here|being around|still here) (?:to|till|until|through|past) "
    r"(?:the end of |the |my |next )?(?:christmas|new year|birthday|summer|spring|autumn|fall|"
    r"winter|weekend|tomorrow|\w+day|week|month|year|\d+)\b",
    r"\bno more (?:mornings|tomorrows|waking up)\s*(?:$|[.!?,;]|for me|left)",
    r"\bonly (?:way out|escape|option)\b[^.!?]{0,20}\b(?:not (?:be|being) (?:around|here|alive)|"
    r"not exist\w*|(?:be|being) gone)\b",
    r"\b(?:out of|run out of|ran out of|running out of|no more) reasons\s*(?:$|[.!?,;]|to (?:live|"
    r"stay|keep going|go on|be here))",
    r"\b(?:looked up|looking up|look up|googled|googling|searched|searching|reading up on) "
    r"how (?:long|quick|quickly|fast) (?:it takes|it would take|does it take)\b(?!\s*(?:to|for)\b)",
    r"\b(?:better|easier|happier|lighter)\b[^.!?]{0,20}\b(?:the day|once|when|after|as soon as) "
    r"(?:i|he|she) (?:am|is|was) gone\b",
    r"\bi am done\W+(?:i am )?checking out\b(?! (?:of|from|at|the|early from))",
    # Means, thought about or looked at.
    r"\b(?:gun|pistol|rifle|shotgun|rope)\b[^.!?]{0,60}\b(?:keep|kept|keeps|can not "
    r"stop|could not stop) thinking about (?:it|them|that|using it)\b",
    r"\b(?:checked|check|checking|found out|know|looked|looking) (?:for |at )?where (?:\w+ ){0,2}"
    r"(?:keeps?|kept|hides?|hid|stores?) (?:the |his |her |my )?(?:gun|guns|shotgun|pistol|rifle|"
    r"shells|ammo|ammunition|bullets)\b",
    r"\b(?:bridge|ledge|roof|top floor|cliff|edge|tracks|balcony)\b[^.!?]{0,60}\b(?:looking|looked|"
    r"staring|stared) (?:down|over the edge)\b",
    r"\b(?:looked|looking|stared|staring) (?:at|up at|down from) (?:the )?(?:top floor|roof|edge|"
    r"ledge|top) of (?:the |a )?(?:car park|parking garage|building|bridge|cliff|tower)\b"
    r"[^.!?]{0,20}\bfor (?:a long time|ages|an hour|hours|a while|too long)\b",
    r"\b(?:tracks|bridge|ledge|roof|cliff|train|trains|edge|drop|gun|rope|pills|top floor)\b"
    r"[^.!?]{0,60}\b(?:thinking|thought|wondering|wondered) how (?:quick|quickly|fast|easy|"
    r"painless) it would be\b(?! to)",
    # Goodbyes.
    r"\b(?:wrote|writing|written|write|left|leaving) (?:goodbye )?letters (?:to|for) (?:everyone|"
    r"everybody|each of them|all of them|my whole family)\b",
    r"\bif (?:anyone|anybody|someone|you) (?:ever )?(?:reads?|finds?) this\b[^.!?]{0,60}"
    r"\b(?:goodbye|bye|i love you all|forgive me)\b",
    r"\b(?:this is|this will be|that was|here is) my (?:last|final) (?:entry|journal entry|post|"
    r"message|words)\s*(?:$|[.!?,;]|ever|goodbye)",
    r"\b(?:note|letter|notes|letters) (?:to|for) (?:\w+ ){0,3}explaining why\s*(?:$|[.!?,;]|"
    r"i did it|i am doing it|i had to|i could not)",
    # Giving away: "gave my guitar to jamie. wont need them".
    r"\b(?:gave|give|giving|given|sold|selling)\b[^!?]{0,60}\b(?:will not|would not|am not "
    r"going to) (?:need|be needing) (?:them|it|these|those|any of (?:it|this|them))\s*"
    r"(?:$|[.!?,;]|anymore|any more|where (?:i|he|she) (?:am|is) going|soon)",
    r"\b(?:dog|cat|dogs|cats|pets?) (?:goes|go|will go|is going|are "
    r"going) to (?:\w+ ){1,3}after\s*(?:$|[.!?,;]|i am gone|i die|i am dead)",
    # Past attempts; a place picked while denying it.
    r"\b(?:i|he|she) (?:attempted|have attempted|has attempted|had attempted) (?:again|before|"
    r"twice|once|last|suicide)\b(?! (?:to|at|the|a|an|my|his|her|it|more)\b)",
    r"\b(?:but|though|yet|except) (?:i|he|she) (?:have |has |had |already |have already )?"
    r"(?:picked|chosen|chose|found|scouted) (?:out )?(?:the|a|my) (?:spot|place|method|date)\b",
    # Round six (holdout6): kinds of wording the earlier sets did not hold.
    # Slang verbs and means said plainly: "top myself", "eat my gun", "do myself in".
    r"\b(?:top|tops|topping|topped|neck|necking|necked) " + REFL + r"\b(?! (?:up|off|out)\b)",
    r"\b(?:do|does|doing|did|done) " + REFL + r" in\b(?! (?:the|a|my|to|for|with|at|on)\b)",
    r"\beat(?:ing)? (?:my|his|her|a) (?:gun|bullet|shotgun|pistol)\b",
    r"\b(?:blow|blowing|blew|blown) (?:my|his|her) (?:own )?brains out\b",
    r"\b(?:put|putting) (?:a )?bullet (?:in|through) (?:my|his|her) (?:head|brain|skull)\b",
    r"\b(?:take|taking|took|taken|remove|removing|removed) " + REFL + r" out of (?:the picture|"
    r"the equation|the world|everyone s life|this world)\b[^.!?]{0,20}(?:for good|permanently|"
    r"forever|altogether|once and for all)",
    r"\b(?:tired|sick|had enough) of (?:waking up|wake up|getting up every morning|existing)\b"
    r"(?! (?:at|early|with|to|in|on|next|so|every|hungover|feeling|ashamed|sick|sad|guilty|"
    r"anxious|hating|regretting|like|and|sweating|shaking|dreading|worried|panicking|embarrassed|"
    r"not remembering|remembering|full|covered|sore|wrecked|rough|awful|terrible|exhausted|"
    r"broke|skint|late)\b)",
    r"\b(?:not|no longer) (?:feeling|into|loving|enjoying|liking|doing|a fan of) (?:the |this )?"
    r"(?:whole )?(?:being alive|living|life|existing|existence|being here) thing\b",
    r"\b(?:no|not a|not any|never a|without a) (?:version of |future |picture of |world )"
    r"(?:\w+ ){0,2}with me in it\b",
    r"\b(?:do not|can not|could not|did not|never) (?:see|picture|imagine) (?:myself|me) "
    r"(?:being |still )?(?:here|around|alive|making it|still here) (?:by (?!the time)|next "
    r"(?:year|week|month|christmas|summer|birthday)|this time next|much longer|for much longer|"
    r"past|beyond|in (?:a|a few|two|three|five|ten|six) (?:years?|months?|weeks?))",
    r"\b(?:the )?last time (?:(?:he|she|they|you|anyone|mum|mom|dad) (?:will|would|is going to)|"
    r"hell|shell|theyll|youll) (?:ever )?(?:hear|see) (?:me|from me|my voice)\s*(?:$|[.!?,;]|"
    r"again|alive)",
    r"\blast entry\b(?! (?:of|for|in) (?:the|this) (?:year|week|month|day))[^!?]{0,80}"
    r"\b(?:goodbye|bye|farewell)\b",
    r"\bif (?:a|the) (?:bus|train|car|truck|lorry) (?:hit|hits|took|ran over) me\b[^.!?]{0,40}"
    r"\b(?:grateful|glad|fine|relieved|happy|would not mind|not mind|a relief|ok|okay)\b",
    r"\b(?:think|thinks|thinking|thought|thoughts|dream\w*|picture\w*|imagin\w*) (?:\w+ ){0,2}"
    r"(?:about|of) (?:walking|stepping|jumping|throwing myself|lying down|driving|stopping|"
    r"standing|parking|swerving|running) (?:out )?(?:(?:in front of|under) (?:one|it|them)\b|"
    r"(?:in front of|off|under|onto|into|on) (?:a |the |that |this |an )?(?:oncoming |moving "
    r"|passing )?(?:bus|train|trains|car|cars|lorry|truck|traffic|bridge|roof|ledge|edge|cliff|"
    r"tracks|platform|balcony|building|tower|car park|motorway|road|level crossing)\b)",
    r"\b(?:think|thinks|thinking|thought|thoughts) (?:\w+ ){0,2}(?:about|of) (?:stopping|parking|"
    r"lying down|standing|sitting) on (?:it|them|the (?:tracks|line|crossing|rails))\b",
    r"\b(?:walk|walking|walked|wade|wading|waded) (?:out )?into the (?:river|sea|lake|ocean|"
    r"canal|water|reservoir)\b[^.!?]{0,30}(?:$|[.!?,;]|and (?:not|never)|until|for good|"
    r"forever|tonight)",
    r"\b(?:sat|sitting|sit|stayed|lay|lying|waited|waiting) in (?:the |my )?(?:car|garage|shed)\b"
    r"[^.!?]{0,40}\b(?:engine|motor) (?:running|on)\b",
    r"\b(?:hose|hosepipe|pipe|tube) (?:\w+ ){0,3}(?:to|from|on|into) the exhaust\b"
    r"(?! of (?:the|a|my) (?:generator|boat|mower|lawnmower|bike|heater))",
    r"\b(?:tracks|railway line|rail line|level crossing)\b[^.!?]{0,60}\b(?:waiting|waited|"
    r"hoping|hoped) (?:for|to see if|until) (?:a|the) train\b",
    r"\b(?:lean|leaning|leaned|leant|hang|hanging|hung|sat|sitting) out (?:of )?(?:the |a |my )?"
    r"(?:\w+ ){0,2}window\b[^.!?]{0,80}\b(?:practice|practise|rehearsal|jump|let go|fall|drop)\b",
    r"\b(?:would|will|could|can|to) (?:get|have|collect|cash in) (?:the|my|his|her) (?:life "
    r"insurance|insurance money|insurance payout|death benefit)\b(?! if)",
    r"\bhow many would it take\s*(?:$|[.!?,;]|to (?:die|kill|end|do it|not wake))",
    r"\b(?:looking|looked|look|googling|googled|researching|researched) up how\s*(?:$|[.!?,;])",
    r"\bfor when (?:i|he|she) (?:decide|decides|am ready|is ready|have had enough|has had "
    r"enough|go through with it|do it|finally do it)\s*(?:$|[.!?,;])",
    r"\b(?:pills|tablets|tabs|meds|capsules|paracetamol)\b[^.!?]{0,30}\b(?:lined up|counted "
    r"(?:them |out )?(?:twice|again|three times|over and over)|in a pile)\b(?![^.!?]{0,30}\b"
    r"(?:organi[sz]er|pill ?box|dosette|for the week|blister pack|weekly))",
    r"\b(?:self|myself) ?checkout\b[^.!?]{0,30}\bnot the (?:\w+ ){0,2}kind\b",
    r"\b(?:razor|razors|blade|blades|rope|pills|tablets|lighter)\b[^!?]{0,80}\bi know what "
    r"(?:they are|it is|those are|these are|that is|the \w+ (?:are|is)) for\b",
    r"\b(?:sorry for everything|forgive me for everything)\b(?=[^.!?]{0,80}\b"
    r"(?:will not|is not|does not|did not|has not|can not|not) (?:pick up|picking up|answer|"
    r"answering|reply|replying|respond|responding)\b)",
    # Round seven (holdout7): more kinds, each said in other words in the tests.
    r"\b(?:want|wanna|going|ready|decided|need) (?:to )?finish (?:my|his|her) (?:own )?life\b",
    r"\bforgive me for what (?:i|he|she) (?:am|is|was) (?:planning|about to do|going to do|"
    r"thinking of doing)\b",
    r"\b(?:want|wanna|long|longing|wish|ready|like) (?:to )?be where (?:you|she|he|they) (?:are|is)"
    r"\s*(?:$|[.!?;]|now\b|tonight\b)",
    r"\b(?:asked|asking|asks|wanted to know) (?:me |him |her )?(?:if|whether) (?:i|he|she) "
    r"(?:meant it\s*(?:$|[.!?,;]|and (?:i|he|she) said)|meant to (?:die|kill|end|do it)|was "
    r"trying to (?:die|kill|end))",
    r"\b(?:gun|pistol|rifle|shotgun)\b[^.!?]{0,60}\b(?:i know (?:the|where the) (?:code|"
    r"combination|key)|i have the key|i have the code)\s*(?:$|[.!?;]|and)",
    r"\bnext time (?:i|he|she) (?:will not|am not going to|is not going to) (?:take it off|"
    r"chicken out|back out|bottle it|stop (?:myself|halfway))\s*(?:$|[.!?,;])",
    r"\bcharcoal\b[^.!?]{0,40}\b(?:tape|duct tape|seal|sealed|the car|my room|bedroom|tent)\b"
    r"(?![^.!?]{0,40}\b(?:barbecue|bbq|grill|party|camping|picnic|garden))",
    r"\bvoices (?:\w+ ){0,3}(?:saying|telling me|tell me|say|said|told me) (?:to )?"
    r"(?:do it|kill|die|jump|end it|hurt)\b",
    r"\bmake it look like (?:an? )?(?:\w+ )?accident\s*(?:$|[.!?,;]|so\b)",
    r"\b(?:multi ?storey|car park|parking garage|bridge|roof|cliff|tower|top floor|top level)\b"
    r"[^.!?]{0,40}\b(?:to see|to check|to work out|checking|checked|wondering|wondered) how "
    r"(?:high|far down|tall|far the drop|big the drop) (?:the (?:\w+ ){0,2})?(?:is|was|it is|it "
    r"was)\s*(?:$|[.!?,;])",
    r"\b(?:stopped|stop|stopping) (?:eating|drinking water|taking (?:my|the) (?:insulin|heart "
    r"pills|tablets)) (?:properly |at all |anything |much )?on purpose\b",
    r"\b(?:letters?|notes?|cards?|videos?|voice notes?)\b[^.!?]{0,60}\bfor when (?:they|he|she|"
    r"you) (?:are|is|get|grow) (?:older|grown up|bigger|18|eighteen)\s*(?:$|[.!?;])",
    r"\blet it take me\s*(?:$|[.!?,;])",
    r"\b(?:do not|never|please) (?:let me|make me) wake up\s*(?:$|[.!?,;]|tomorrow|again|in the "
    r"morning|ever)",
    r"\b(?:god|lord|please)\b[^.!?]{0,20}\btake me\b(?! (?:home|back|to|out|with|there|"
    r"seriously|through)\b)",
    r"\b(?:do not|will not|would not|am not going to) need (?:it|them|any of it) to last (?:past|"
    r"beyond|after|longer than|until) \w+\s*(?:$|[.!?;])",
    r"\bkill me\b[^.!?]{0,60}\b(?:rather|might as well|just|going to|will) do it (?:myself|my self)"
    r"\s*(?:$|[.!?,;]|first|before)",
    r"\b(?:(?:how many|how much) (?:\w+ )?" + SUBSTANCE + r" (?:\w+ )?(?:is|are|would be) "
    r"(?:lethal|fatal|deadly)|"
    r"(?:looking up|looked up|googled|googling|searched|searching|researching|researched|"
    r"reading up on|typed) (?:\w+ ){0,2}(?:lethal|fatal|deadly) (?:dose|doses|amount|amounts))\b",
    r"\bwish (?:a|the) (?:bus|car|train|truck|lorry|van) would (?:hit|run over|take|flatten) me\b",
    r"\b(?:better|easier) (?:that |if |when )?(?:i|he|she) (?:am|is|was|were|be) not (?:alive|"
    r"here|around|living)\s*(?:$|[.!?,;]|anymore|any more)",
    r"\b(?:family|kids|children|wife|husband|partner|they|son|daughter) (?:would |will |can |"
    r"could )?(?:get|gets|have|has|collect) (?:the|my) (?:life )?insurance(?: money| payout)?\b"
    r"(?![^.!?]{0,15}\bif\b)",
    r"\b(?:found|read|saw|discovered) my (?:suicide )?(?:note|letter)\s*(?:$|[.!?,;])",
    r"\b(?:do not|did not|can not) have (?:one|another|any) (?:more )?(?:day|night|week) "
    r"(?:left )?in me\b(?! (?:at|for|in) (?:this|that|the|my)\b)",
    r"\bno more (?:days|nights) (?:left )?in me\b",
    r"\b(?:they|someone|somebody|he|she|you|mum|mom|dad) (?:will|would|are going to|is going to) "
    r"(?:\w+ )?find me (?:dead|hanging|cold|gone|in the (?:shed|garage|woods|bath|loft|morning))\b",
    r"\b(?:till|until) (?:i am|i'm|im) brave enough\s*(?:$|[.!?,;])",
    r"\b(?:about|of|keep|kept|wanted to|want to|thought of|thinking of) (?:drift|drifting|drifted|"
    r"swerve|swerving|swerved|steer|steering|steered|veer|veering|"
    r"veered|pull|pulling) (?:\w+ )?into (?:the )?oncoming (?:lane|traffic|lorry|truck|car|bus)\b",
    # Round seven, holdout5's misses (never written as rules before).
    r"\bkys (?:to )?myself\b",
    r"\b(?:drink|drinking|booze|pills|gear|drugs|it|this|vodka) (?:\w+ )?(?:finishes|finish|"
    r"finished|will finish|would finish) (?:the job|me off)\b",
    r"\b(?:you|i|he|she|we|people) (?:do not|never|will not|would not|does not|did not) wake "
    r"(?:up )?from\b",
    r"\b(?:tonight|tomorrow|today|this|friday|saturday|sunday|monday|tuesday|wednesday|thursday) "
    r"(?:is|will be) the (?:night|day) (?:i|he|she) (?:do it|go through with it|end it|finally do "
    r"it|kill myself)\b",
    r"\b(?:told|telling) (?:\w+ ){1,2}(?:i was|i am) (?:moving|going away|leaving)\b[^!?]{0,15}"
    r"\bi am not\s*(?:$|[.!?,;])",
    r"\b(?:tidying|tidy|tidied|sorting|sorted) (?:\w+ )?up before\s*(?:$|[.!?,;])",
    r"\bonly thing (?:left )?(?:to lose|left) is me\b",
    r"(?:^|[.!?] )(?:last|final) entry\s*[.!,]\s*(?:(?:thanks|thank you) for (?:listening|"
    r"everything|reading|being there)|goodbye|bye|sorry)\b",
    # Round eight: not wanting to be saved; who will find one; being deleted or logged off
    # from life; "ctb" ("catch the bus", forum slang for suicide).
    r"\b(?:no|not any|not the slightest) (?:wish|desire|intention|want) to be (?:rescued|saved|"
    r"found|resuscitated|revived|brought back|brought round)\b" + _SAVED_END,
    r"\b(?:do not|never) want (?:anyone |anybody )?to (?:be (?:rescued|saved|resuscitated|revived|"
    r"brought back|brought round)|rescue me|save me|revive me|find me in time)\b" + _SAVED_END,
    r"\b(?:hope|hoping|make sure) (?:nobody|no one|noone) (?:finds|find|will find) me "
    r"(?:in time|until|before|for (?:a while|hours|days))\b",
    r"\b(?:whoever|whomever) (?:finds|find|will find|has to find|ends up finding) me"
    r"(?= *(?:$|[.,;!?]|first|in the|at|and|dead|there))",
    r"\bwithout (?:the kids|my kids|the children|my children|my (?:wife|husband|partner|mum|"
    r"mom|son|daughter|family)|the family) (?:being the ones )?(?:finding|to find) me\b",
    r"\b(?:want|wanna|wish|need|like|ready) to be (?:deleted|erased|uninstalled)\b"
    r"(?! (?:from|off|out of)\b)",
    r"\b(?:delete|deleting|erase|erasing|uninstall|uninstalling|unsubscrib\w*|alt f4|"
    r"opt(?:ing)? out of|dip(?:ping)? out of|log(?:ging)? off from) (?:from |of )?"
    r"(?:my (?:entire |whole )?|"
    r"this |the whole )?(?:life|existence)\b(?! (?:insurance|admin|story|savings|of drinking|"
    r"of partying|of booze))",
    r"\b(?:delete|deleting|erase|erasing|uninstall|uninstalling) myself\b(?! (?:from|off) )",
    r"\bctb\b",
    # Round nine (holdout10 and holdout11 read; issue 11's walk-through): rest or sleep made
    # permanent; an ending of the pain said to be for good; a pet handed on for good;
    # not planning to be around for what comes; an aim not to wake or come round;
    # a death made to look like an accident; going under and staying there.
    r"\b(?:get|getting|have|having|take|taking|go to|want|wanting|need|needing|longing for|"
    r"ready for|deserve|deserving|wish for|craving) (?:some |a |the |my )?(?:permanent|eternal|"
    r"everlasting|forever) (?:rest|sleep|peace|quiet|silence)\b",
    r"\b(?:i|i am|i will|time to) (?:\w+ ){0,2}?(?:end|ending|stop|stopping|finish) (?:the|my|"
    r"this|all the|all this|all of this) (?:pain|suffering|hurt|hurting|misery|agony|torment)\b"
    r"(?! (?:of|from|in|caused)\b)[^.!?]{0,15}\b(?:for good|forever|permanently|once and for "
    r"all|for ever)\b",
    r"\b(?:give|giving|gave|given|rehome|rehoming|rehomed|hand|handing|handed) (?:my|me|our|"
    r"ma) (?:\w+ )?" + PET + r" (?:away |over )?(?:to|tae) "
    r"(?![^.!?]{0,60}\b(?:while|for (?:the|a|two|three|a few|a couple of|her|his|their) (?:\w+ )?"
    r"(?:weekend|week|weeks|night|nights|day|days|holiday|trip|month|while|bit|jabs|walk|"
    r"walks|check up|checkup|operation|injections?)|until|till|when (?:i|we) (?:am|are) "
    r"(?:away|in|at|on)|holiday|to (?:walk|mind|look after|watch|sit|groom|train|be)|a bath|"
    r"a treat|sitting|sitter|foster|vet|vets|groomers?|kennels?|cattery)\b)"
    r"(?:\w+ ){0,2}?(?:\w+)\b",
    r"\b(?:gave|give|giving|given|sold|selling)\b[^!?]{0,60}\b(?:do not|will not|would not|"
    r"am not going to) (?:need|be needing) (?:them|em|it|these|those|any of (?:it|this|them)) "
    r"where (?:i|he|she) (?:am|is) going\b",
    r"\b(?:do not|not|no) (?:plan|planning|plans|intend|intending|intention) (?:on |to |of )?"
    r"(?:be|being) (?:around|here|alive) (?:to (?:give|see|watch|read|meet|hear|find out|open)|"
    r"for (?:her|his|their|my|the) (?:\w+ )?(?:birthday|18th|21st|wedding|graduation|future)|"
    r"(?:much |any )?(?:longer|after))\b",
    r"\bmake sure (?:i|he|she) (?:do not|does not|never|will not) (?:see|reach|make it to|get to) "
    r"(?:my|his|her) (?:next |\w+ )?birthday\b",
    r"\b(?:aim|intention|hope|idea|plan|goal|point|purpose|wish) (?:was |is )?(?:of |to be |was "
    r"to |is to )?(?:not|never) (?:waking|regaining consciousness|regain consciousness|coming "
    r"round|come round|coming around|coming back|coming to|surviving|to wake)\b",
    r"\b(?:make sure|so that|so) i (?:do not|would not|will not|never|did not) (?:come round|"
    r"come around|regain consciousness)\b",
    r"\b(?:how to|planning|plan|planned|way|ways|thinking|thought) (?:\w+ ){0,3}(?:go|die|do it|"
    r"end it|crash)\b[^.!?]{0,30}\blooks? like (?:an? )?(?:\w+ )?accident\b",
    r"\b(?:on|over|into|hit|hits|hitting) me\b[^.!?]{0,40}\b(?:would|will|d|might|could) "
    r"look like (?:an? )?(?:\w+ )?accident\b",
    # Found by a person-like walk-through (December 5, 2026), written as rules, so not a
    # measurement: "quit" said of life itself ("quit my life of drinking", "quit living
    # like this" are change); done with life; life not worth it said on its own ("the
    # party life is not worth it" is change); gone by morning (not a trip); no way out
    # (not "of this lease"); things given away after being done fighting.
    r"\bquit(?:s|ting)? (?:on )?(?:my |this )?(?:life|living|existing|being alive)\b"
    r"(?! (?:of|style|as|in|i|like|with|that|where|full|for|the way|on|at)\b)",
    r"\bdone (?:with|w) (?:life|living|being alive|existing|my life)\b"
    r"(?! (?:as|of|in|at|on|the way|like|with|that|where|full|for|style)\b)",
    r"(?:^|[.!?,;] |\b(?:and|but|honestly|just|because|my|now) )life (?:is not|am not|is no longer|"
    r"not|just is not|really is not|is not really|is just not) worth (?:it|living|the (?:effort|"
    r"pain|fight|struggle|trouble))\b",
    r"\b(?:ill|i will|i am going to|i will probably|i will likely) be gone (?:by|before) "
    r"(?:the )?(?:morning|tomorrow|sunrise|dawn|daylight|the weekend)\b"
    r"(?!\s*,?\s*(?:early|flight|for|on|to|because|as|my|work|shift|train|plane|bus|trip|"
    r"back|and back|so)\b)",
    r"\b(?:there is|i see|i can see|there seems to be|i have|with|there is just) no (?:other )?"
    r"way out\b(?!\s*(?:of|from|but|except|other than|apart|for)\b)",
    r"\bdone fighting\b[^.!?]{0,80}\b(?:given|gave|giving)\b[^.!?]{0,60}\baway\b",
    # walk6: not seeing a way out, said of "this" and nothing named ("i dont see a way out
    # of this", "there's no way out of it"); a way out of something named stays ordinary
    # ("of this contract", "of the car park", "of drinking on weekends without ...").
    r"\b(?:(?:there is|i see|i can see|there seems to be|i have|there is just) no (?:other )?|"
    r"(?:do not|can not|could not|cannot|never|still do not|just do not) (?:see|find) (?:a|any) "
    r"(?:other )?)way out(?: of (?:this|it|here|all this|all of this|it all|everything|this mess|"
    r"this hole|this pit|this darkness|this life|this pain|this hell))?(?=\s*(?:$|[.!?;,]|"
    r"(?:and|anymore|any more|at all|except|other than|apart from|honestly|now|left|i|no matter)"
    r"\b|but (?:to|one|dying|death|the)\b))",
    # Second walk-through (December 5, 2026), rules too: "quit" with life at the end of a
    # list ("quit everything, my job, my life"; "quit my job, my friends and my life of
    # drinking" stays change), and "tonight's the night" right after "I'm done" (not
    # "tonight's the night I tell him").
    r"\bquit(?:s|ting)? (?:everything|it all|all of it|my \w+)(?: , (?:my )?\w+)*(?: ,)? "
    r"(?:and )?my life(?= ?(?:$|[.!?,;:]|(?:and|too|as well|all of it|everything)\b))",
    # Fourth walk: not caring whether one dies; to sleep and not have to face any of it
    # again ("I don't care if I die trying to finish this marathon" is guarded by "trying").
    r"\b(?:do not|does not|no longer|not) care (?:anymore |any more |really )?(?:if|whether) i "
    r"(?:die|live or die|wake up|ever wake up|make it|survive|am alive|overdose|od)\b"
    r"(?! (?:trying|laughing|of embarrassment|of shame|on stage|at work|doing)\b)",
    r"\bwant to (?:just )?sleep and (?:not|never) (?:have to )?(?:deal with|face|feel|wake up to) "
    r"(?:any of )?(?:it|this|anything|everything|them|life) (?:ever )?(?:again|anymore|any more)\b",
    # The point of the person themself, or whether they should be here at all, asked
    # beside the drinking ("the drinking, and whether there's any point in me still being
    # here", "wine, and whether I should even be here"; third walk, December 5, 2026);
    # not "the point of me going to the party", "whether I should be here at 9".
    r"\b(?:any|the|no|a) point (?:in|of|to) me (?:still |even |just |really )?(?:being (?:here|"
    r"alive|around|on this earth)|existing|living|staying alive|carrying on|going on)\b",
    r"\bpoint of me (?:is|was|anymore|any more)?\s*(?:$|[.!?,;])",
    r"\b(?:whether|if|why) i (?:should|ought to) (?:even|still|really) be (?:here|around)"
    r"(?: (?:anymore|any more|any longer|at all))?\s*(?:$|[.!?;])",
    r"\b(?:whether|if|why) i (?:should|ought to) (?:even |still |really )?be alive\b",
    r"\bi am (?:so |just |completely |totally )?done (?:[.!,;:] )+(?:(?:so|and|yeah|ok|okay) )?"
    r"tonight(?: is|s) the night ?(?:$|[.!?,;:])",
    r"\b(?:go|going|went|slip|slipping|slipped|sink|sinking|sank) under (?:the water )?and "
    r"(?:stay|staying|stayed|not come up|never come up|not coming up)\b(?! (?:there |under |"
    r"down )?for\b)",
    # Fifth round of walk-through misses (crisis16, December 5, 2026; rules, not a
    # measurement): ready to go with goodbyes said ("I'm ready to go. said bye to mom
    # today"; not "ready to go to the meeting", nor a trip or a move named after it or
    # just before it, see GUARDS), and free soon with everything sorted ("I will finally
    # be free soon, I've sorted everything out"; not "free of the booze soon, sorted
    # everything out with my sponsor").
    r"\b(?:am|feel|i|im) (?:\w+ )?ready to go(?: now| today| tonight)?\s*(?:[.!,;:-] ?)+"
    r"(?:(?:and|i|already|just|have|finally|so) )*(?:said|say|saying|sayin) (?:my )?(?:good ?byes?|"
    r"byes?)\b(?![^.!?]{0,80}\b(?:flight|airport|trip|holiday|vacation|train|bus|plane|boarding|"
    r"move|moving|college|uni|university|school|camp|rehab|detox|treatment|deploy\w*|hospital|"
    r"surgery|clinic|visit|see (?:you|her|him|them)|next week|tomorrow|until|till|for now|work|"
    r"shift|flying|fly|drive|driving|road)\b)",
    # Not going on any longer, said of nothing named ("i cant go on anymore"): round eleven's
    # model showed the lines for it (p=0.79) and round twelve's does not (0.57), so it is a
    # rule now; "I can't go on like this anymore" names the way of living (ordinary text).
    r"\b(?:can not|cannot|cant|cnt|can t|could not) (?:just )?(?:go on|carry on) (?:anymore|"
    r"any more|any longer)\s*(?:$|[.!?])",
    r"\b(?:will|going to|gonna|i am|im|i will|ill|soon i will|soon i am going to) (?:\w+ )?(?:be )?"
    r"(?:free|at peace|at rest|out of here) (?:soon|shortly|before long|at last|now|very soon)?"
    r"\s*(?:[.!,;:-] ?)+(?:and )?(?:i |ive |i have |have |already |finally |all |it is all |"
    r"everything is )*(?:sorted|organised|organized|arranged|settled|tidied|taken care of|in order)"
    r"(?: out)? ?(?:everything|it all|all of it|all|things)?(?: out)?"
    r"(?=\s*(?:$|[.!?,;:]|now\b|already\b))",
)

SELF_HARM: tuple[str, ...] = (
    r"\bself harm\w*",
    r"\bself injur\w*",
    r"\b(?:cut|cuts|cutting|slice|slicing|sliced|burn|burns|burned|burnt|burning|hurt|hurts|"
    r"hurting|harm|harms|harmed|harming|hit|hits|hitting|punch|punched|punching|scratch|"
    r"scratched|scratching|bite|bit|biting|bitten|stab|stabbed|stabbing|starve|starved|"
    r"starving|mutilate|mutilated|mutilating|bruise|bruised|bruising|carve|carved|carving) "
    + REFL + r"\b",
    r"\b(?:cut|cuts|cutting|slice|slicing|sliced|slit|slitting|carve|carved|carving) "
    + POSS + r" (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?)\b",
    r"\b(?:burn|burns|burned|burnt|burning) " + POSS + r" (?:arms?|wrists?|legs?|thighs?|skin|"
    r"hands?|stomach)\b[^.!?]{0,30}\b(?:with|on purpose|lighter|cigarette)",
    r"\b(?:with|using) (?:a |my |the )?(?:lighter|cigarettes?|razors?|blades?)\b[^.!?]{0,20}"
    r"\bon purpose\b",
    r"\b(?:cutting|cut|cuts) (?:again|agian|tonight|last night)\b",
    r"\b(?:and|still|then|i) cut (?:anyway|regardless|deeper)\b",
    r"\bthe cutting\s*(?:$|[.!?,;]|again|is back|came back|started|has started)",
    r"\bback (?:to|on) (?:cutting|the cutting|self harm)\b",
    r"\b(?:want|wanna|urge|urges|need|needed|wanted|itching|tempted) (?:to )?(?:cut|burn " +
    REFL + r")\s*(?:$|[.!?;]|again|so bad|tonight|right now|really bad)",
    r"\bcutting (?:is|was|has been) (?:how|the only|what|my)\b",
    # "the urge to cut is so strong": an urge to cut with no object ("to cut back" is not).
    r"\b(?:urge|urges|temptation|craving|cravings|itch|pull|need|want|wanted|tempted) to cut"
    r"\s*(?:$|[.!?;,]|is|was|has|had|comes|came|gets|got|keeps|kept|never|still|feels|felt|"
    r"won|wins|hits|hit|returns|when|whenever|sometimes|at night|lately|so bad|so strong|"
    r"really bad|again|tonight|right now)\b",
    # Not cutting for a while: negated ("have not cut in months") it is not shown, but it
    # still touches crisis, and a contrast after it ("but i still want to") takes it back.
    r"\b(?:cut|self harmed|harmed myself|hurt myself|burned myself) (?:in|for) (?:a |\w+ )?"
    r"(?:days|weeks|months|years|while|year|month|week|ages|long time)\b",
    r"\b(?:doing|did|do|done|started|back to|went back to) (?:the |that |my )?(?:razor|blade|"
    r"blades|cutting|burning|self harm|sh) (?:thing|stuff|habit)\b",
    r"\b(?:razor|razors|blade|blades)\b[^.!?]{0,30}\b(?:on|to|across|against|into) (?:my|his|"
    r"her) (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b",
    r"\b(?:relapsed|relapse|slipped|clean) (?:on|with|into|from) (?:sh|cutting)\b",
    r"\bsh (?:urges?|again|scars?|tonight|relapse|wounds?|cuts?)\b",
    r"\b(?:urges?|need|want|wanted|relapsed) to sh\b",
    r"\bneed to (?:feel|see) (?:pain|blood)\b",
    r"\bon purpose (?:so|to make) (?:it|that it) (?:would |will )?(?:hurt|bleed|bruise)\b",
    r"\buntil (?:it|they|i|my \w+) (?:bleed|bleeds|bled|bruise|bruised|bruises)\b",
    r"\b(?:scratch|scratched|scratching|pinch|pinched|pinching|pick|picked|picking|rub|rubbed|"
    r"rubbing)\b[^.!?]{0,40}\b(?:until|till|til) (?:it|they|my \w+) (?:is|are|was|were) "
    r"(?:raw|bleeding|bloody)\b",
    r"\b(?:cut|cutting|hurt myself|hurting myself|burn myself|burning myself|self harm) "
    r"(?:just )?(?:to|so i can|so that i can|so i) (?:feel|still feel) (?:something|anything|"
    r"better|real|alive|in control|the pain|numb)\b",
    r"\bpunish\w* (?:myself|himself|herself) (?:by|with) (?:cutting|burning|hitting|hurting|"
    r"starving|scratching|bleeding)\b",
    r"\b(?:fresh|new|deep|more|bleeding|open) (?:cuts|scars|burns|wounds) on (?:my|his|her) "
    r"(?:arms?|wrists?|legs?|thighs?|stomach|skin|hips?)\b",
    r"\bbeen cutting\s*(?:$|[.!?;,]|again|lately|a lot|for (?:weeks|months|years|a while)|"
    r"since|every|herself|himself|themselves|myself)",
    r"\b(?:bang|bangs|banging|banged|hit|hits|hitting|smash|smashing|smashed) (?:my|his|her) "
    r"head (?:against|on|into) [^.!?]{0,30}\b(?:until|till|so hard|on purpose|many times|again "
    r"and again|over and over|repeatedly)\b",
    # Round four (holdout4).
    r"\b(?:keep|kept|keeps|been|started|start) (?:hitting|banging|smashing) (?:my|his|her) head "
    r"(?:against|into|on) (?:the |a )?(?:wall|walls|floor|door)\b",
    r"\b(?:punch|punched|punching|punches|hit|hitting|kicked|kicking) (?:the |a )?(?:wall|walls|"
    r"door|mirror)\b[^.!?]{0,40}\b(?:on purpose|(?:until|till) (?:my|his|her) (?:\w+ )?"
    r"(?:bled|bleed|bleeding|split|broke|bruised))",
    r"\b(?:relapsed|relapse|slipped|clean) (?:on|with|into|from) the (?:cutting|self harm|sh)\b",
    r"\bcut (?:deeper|too deep|really deep|so deep) (?:than (?:usual|before|ever|last time)|"
    r"this time|last night|tonight|again)\b",
    r"\b(?:took|take|taking|got|get|getting) (?:the |my )?(?:razor|razors|blade|blades|scissors) "
    r"out\b(?! (?:to|for|and cut (?:the|a|some)))",
    r"\b(?:the |my )?(?:razor|razors|blade|blades) (?:came|come|comes|coming) out\s*"
    r"(?:$|[.!?,;]|again)",
    r"\b(?:bad|rough|awful|hard|horrible|worst|dark)\b[^.!?]{0,40}\b(?:the |my )?scissors "
    r"(?:came|come|comes|coming) out\s*(?:$|[.!?,;]|again)",
    r"\bback (?:to|on) (?:the |my )?(?:blade|blades|razor|razors)\b",
    r"\b(?:scratch|scratched|scratching|pick|picked|picking|bit|bite|biting) (?:my|his|her) "
    r"(?:\w+ )?(?:arms?|legs?|skin|wrists?|thighs?|face|hands?)"
    r"(?= (?:until|till|til) (?:they|it|i) (?:bled|bleed|bleeds|was bleeding|were bleeding)\b)",
    r"\bhurted (?:myself|himself|herself)\b",
    r"\b(?:held|holding|hold) (?:the|a|my) (?:blade|razor)\b(?! of)",
    r"\b(?:need|needed|want|wanted|deserve|deserved|crave|craving) the pain\b[^.!?]{0,30}"
    r"\b(?:cut|cuts|cutting|blade|razor|burn)\b",
    # Round six (holdout6).
    r"\b(?:cut|cuts|cutting|slice|slicing|sliced|slash|slashed|slashing|carve|carved|carving|"
    r"scratch|scratched|scratching|gouge|gouged) (?:in ?to|up|into|at) " + POSS + r" "
    + BODY + r"\b",
    r"\b(?:took|take|taking|taken|put|putting) (?:a |the |my )?(?:kitchen |craft |stanley )?"
    r"(?:knife|blade|razor|razors|scissors|compass|lighter|safety pin) to " + POSS + r" "
    + BODY + r"\b",
    r"\b(?:gave|give|gives|giving|given) " + REFL + r" (?:a |some |a few |few |more |another |"
    r"two |three |several )?(?:\w+ )?(?:cuts|slashes|gashes|burns|scratches|slash|gash)\b"
    r"(?! (?:shaving|cooking|chopping|gardening|by accident|accidentally|with the|at work|"
    r"climbing))",
    r"\b(?:when|whenever|if|so|then|instead|until)\b[^.!?]{0,40}\b(?:i|and) (?:just )?"
    r"(?:cut|slash|burn)\s*(?:$|[.!?;])",
    r"\b(?:drink|drank|drinking|sober|use|using) and (?:cut|cutting)\s*(?:$|[.!?;,])",
    r"\bcutting (?:is the only thing|(?:helps|calms|calm|soothes|soothe|relaxes|numbs|settles|"
    r"works|makes) (?:me|my|the (?:pain|urge|noise|feelings?)|more|better than|when)\b)",
    r"\bused to cut(?:\s*(?:$|[.!?,;])| (?:at school|in (?:my|high|secondary|middle) \w+|as a "
    r"(?:teen|teenager|kid)|when (?:i|he|she) was))",
    r"\b(?:long sleeves|sleeves down|hoodie|jumper|cardigan)\b[^.!?]{0,40}\b(?:(?:to hide|"
    r"hiding|cover|covering|covers|cover up) (?:the |my |up the |up my )?(?:marks|scars|cuts|"
    r"burns|arms|wrists|legs|bruises)|you know why|so (?:no one|nobody) (?:sees|can see|"
    r"notices))\b",
    r"\b(?:scars?|cuts|marks)\b[^.!?]{0,60}\b(?:did|made|added|carved) (?:a |another |two |three "
    r"|a few )?(?:new|fresh|more) (?:one|ones)\b",
    # Round seven (holdout7).
    r"\b(?:pressed|press|pressing|pushed|push|pushing|dug|dig|digging|jabbed|stuck|ran|dragged|"
    r"dragging) (?:a |the |my )?(?:\w+ )?(?:scalpel|knife|blade|razor|compass|glass|"
    r"lighter|nail|nails|scissors|pan|iron|kettle|poker|spoon) (?:into|across|along|over|on|in|"
    r"onto) " + POSS + r" "
    r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|hands?|palms?)\b",
    r"\b(?:put|putting|puts|stubbed|stubbing|stub) (?:a |the |my )?(?:cigarette|cig|fag|joint|"
    r"lighter) out on " + POSS + r" (?:" + BODY[3:-1] + r"|hands?|palms?|face)\b",
    r"\b(?:did|doing|do|done) the (?:thing|stuff) with (?:the|my) (?:lighter|razor|blade|knife|"
    r"scissors|compass)\b",
    # Round nine: the head against a wall when something is unbearable; a part of the body hit
    # or burned on purpose; things swallowed to be hurt; cutting in a clinician's words.
    r"\b(?:bang|bangs|banging|banged|bash|bashing|bashed|hit|hitting|smash|smashing|smashed|"
    r"slam|slamming|slammed) (?:my|me|his|her) head (?:off|against|on|into) (?:the|a|my|his|her) "
    r"(?:\w+ )?walls?\b(?=[^.!?]{0,40}\b(?:when|whenever|till|until|on purpose|every time|"
    r"cravings?|crying|lump|bled|bleeds?|bruised?)\b)",
    r"\bheadbang(?:ed|ing|s)? (?:the|a|against|into|on) (?:\w+ )?walls?\b",
    r"\b(?:hit|hitting|whacked|whack|smacked|smack|struck|punched|punch|punching|bashed|bash|"
    r"bashing|smashed|smash|smashing|slammed|slam|kicked|kick|banged|bang|burned|burnt|scalded) "
    r"(?:myself|(?:my|me) (?:own |bad |good |left |right )?(?:" + BODY[3:-1] + r"|knees?|head|"
    r"face|hands?|fists?|shins?|foot|feet|knuckles|fingers?|ribs))\b[^.!?]{0,40}\b(?:on purpose|"
    r"deliberately)\b",
    r"\b(?:swallow|swallowed|swallowing|swallows) (?:\w+ )?(?:batteries|razor blades|blades|glass|"
    r"nails|screws|pins)\b(?! (?:by accident|accidentally))",
    r"\b(?:superficial|shallow|self inflicted) (?:incisions|lacerations|cuts) (?:on|to|into|"
    r"across) (?:my |the )?(?:upper |lower |inner )?" + BODY + r"\b",
)

OVERDOSE: tuple[str, ...] = (
    r"\boverdos(?:e|ed|es|ing)\b",
    r"\b(?:took|take|taking|taken|swallowed|swallow|swallowing|downed|down|popped|pop|"
    r"popping|ate|had|injected|shot up|snorted|mixed|chugged) (?:all|every|each|a whole|"
    r"the whole|a full|a entire|an entire|the entire|the rest|all the rest|double|triple|"
    r"twice|three times|a load|loads|a handful|handfuls|a bunch|dozens|a box|a pack|"
    r"a packet|a bottle|a month(?: s)?) (?:of )?(?:the )?(?:" + POSS + r" |the |these |those |"
    r"her |his )?(?:\w+ ){0,2}" + SUBSTANCE + r"\b",
    r"\b(?:took|take|taking|taken|swallowed|swallow|swallowing|downed|popped|injected) "
    r"(?:all|every one of|all of) (?:" + POSS + r"|the|them|it)\b(?! (?:\w+ )?(?:vitamins|"
    r"advice|time|chances?|stuff with me|books|things with me|notes|courses?|steps))",
    r"\b(?:took|take|taken|taking|swallowed|injected|used|snorted|shot|shot up) (?:way )?too "
    r"(?:much|many)\b\s*(?:$|[.!?,;]|of (?:" + POSS + r" )?" + SUBSTANCE + r"|" + SUBSTANCE
    + r"|and (?:i|he|she) (?:can not|feel|am|is)|on purpose|and (?:my|his|her) (?:heart|chest|"
    r"breathing|vision|lips|body|pulse) (?:is|are|was|feels|keeps|will not|is not|has))",
    r"\b(?:used|took|injected|smoked|snorted|shot|drank) (?:way |a lot |much |so much )?more "
    r"than (?:usual|normal|i normally do|i usually do|ever|before)\b[^.!?]{0,40}\b(?:can not|"
    r"can barely|can hardly|could not|could barely) (?:breathe|feel|move|stay awake|see)\b",
    r"\b(?:found|find|finding) (?:\w+ ){0,3}(?:unconscious|unresponsive|passed out|not breathing|"
    r"collapsed|turning blue)\b",
    r"\bempty (?:pill |pills |medicine )?(?:bottle|bottles|packets?|packs?|boxes|box)\b"
    r"[^.!?]{0,30}\b(?:next to|beside|by|near|around)\b",
    r"\b(?:next to|beside|by|near) (?:an |the |a )?empty (?:pill |pills |medicine )?(?:bottle|"
    r"bottles|packets?|packs?|box)\b",
    r"\b(?:took|take|taking|taken|swallowed|injected|used|mixed|mixing|mix|popped) "
    r"[^.!?]{0,40}\b"
    + SUBSTANCE + r"\b[^.!?]{0,30}\bon purpose\b",
    r"\b(?:hoping|hope|hoped|praying) (?:that )?(?:it|this|that|they|these|it all) (?:is|are|"
    r"was|will be|would be|will|would) (?:enough|it|the end|do it|do the job|finish " + OBJ
    + r"|kill " + OBJ + r")\b",
    r"\bevery (?:pill|tablet|capsule) (?:in|from|i|he|she|we)\b",
    r"\b(?:took|take|taking|taken|swallowed|swallow|popped|downed) (?:[1-9]\d+|twenty|thirty|"
    r"forty|fifty|sixty|a hundred|dozens|loads|lots|a lot|a ton|tons|heaps|a bunch|a handful) "
    r"(?:of )?(?:" + POSS + r" |the )?(?:\w+ )?(?:pills|tablets|meds|capsules|sleeping pills|"
    r"painkillers|paracetamol|xanax|benzos|oxys?)\b",
    r"\b(?:take|took|taking|taken|swallow|swallowed|drink|drank) everything in (?:the|my) "
    r"(?:medicine |bathroom )?(?:cabinet|cupboard|drawer|bathroom|house)\b",
    r"\boverd(?:id|one|oing|o) it (?:with|on) (?:the |my |some )?(?:\w+ )?" + SUBSTANCE + r"\b",
    r"\b(?:drink|drinking|drank|use|using|used|smoke|smoking) (?:myself |himself |herself )?"
    r"(?:until|till|to) (?:i |he |she )?(?:die|dies|death|am dead|is dead)\b",
    r"\b(?:took|take|taking|swallowed|mixed|mixing|drank|drinking|injected|popped)\b[^.!?]{0,60}"
    r"\b(?:hoping|hope|so that|so|and) (?:i )?(?:(?:do|would|will) )?(?:not|never) (?:to )?"
    r"(?:wake up|survive)",
    r"\b(?:pills|tablets|meds|medication)\b[^.!?]{0,40}\b(?:not (?:to )?wake up|never wake "
    r"up|be enough|end it)\b",
    r"\b(?:can not|can not really|could not) (?:feel|breathe|wake|stay awake|keep (?:my|his|her) "
    r"eyes open)\b[^.!?]{0,40}\b(?:took|taken|used|shot|injected|too much|pills)\b",
    r"\b(?:took|taken|used|shot|injected) (?:too much|way too much)\b[^.!?]{0,40}\b(?:can not|"
    r"could not) (?:feel|breathe|wake|move)\b",
    r"\b(?:not breathing|turning blue|blue lips|will not wake up|can not wake (?:him|her|them)"
    r"(?: up)?|is not waking up|not waking up|unresponsive)\b(?! (?:until|till|before|at|early|"
    r"for|in time|on time|when)\b)",
    # Round four (holdout4).
    r"\b(?:took|take|taking|taken|swallowed|swallow|popped|downed) (?:like|about|around|maybe|"
    r"at least|over|nearly) (?:[1-9]\d+|ten|twenty|thirty|forty|fifty) (?:of )?(?:" + POSS
    + r" |the )?(?:\w+ )?(?:pills|tablets|tabs|meds|capsules|painkillers|paracetamol|xanax|"
    r"benzos|oxys?)\b",
    r"\b(?:took|take|taking|taken|swallowed|swallow|popped|downed) (?:[1-9]\d+|twenty|thirty|"
    r"forty|fifty) (?:of )?(?:" + POSS + r" |the )?(?:\w+ )?tabs\b",
    r"\b(?:take|took|taking|taken|swallow|swallowed) everything in (?:the|my) (?:meds|pill|"
    r"medicine|medication) (?:box|bag|tin|drawer|cupboard|basket)\b",
    r"\boverd(?:id|one) it\b[^.!?]{0,20}\b(?:can not|could not) (?:feel (?:my|his|her) (?:hands|"
    r"fingers|face|lips|arms|legs)|breathe|stay awake|keep (?:my|his|her) eyes open)\b",
    r"\b(?:lips|face|fingers|skin) (?:are |is |were |was )?(?:going|turning|gone|turned) blue\b"
    r"(?! (?:from|with|in|after|because)\b)",
    r"\b(?:mixed|mixing|took|taken|used|drank|snorted|injected|popped)\b[^.!?]{0,30}\b"
    + SUBSTANCE + r"\b[^.!?]{0,30}\b(?:can not|could not|can barely|can hardly) (?:breathe|"
    r"keep (?:my|his|her) eyes open|stay awake|wake up)\b",
    r"\b(?:nearly|almost) did not (?:come back|wake up|pull through|survive)\s*(?:$|[.!?,;]|"
    r"this time|that time)",
    r"\b(?:bottle|pills|tablets|tabs|meds|bag|dose)\b[^.!?]{0,40}\bhopefully (?:it is|its|that is|"
    r"it will be|that will be|they are|it would be) enough\b",
    r"\b(?:shoot|shooting|shot|inject\w*|snort\w*|swallow\w*|take|taking|took|use|using|do|"
    r"doing) (?:the |my |a )?(?:whole|entire) (?:bag|stash|supply|bottle|packet|pack|lot|batch)\b"
    r"[^.!?]{0,10}\b(?:at once|in one go)\b",
    SUBSTANCE + r"\b[^.!?]{0,60}\b(?:take|taking|took|swallow|swallowing|shoot|shooting|use|"
    r"using|drink|drinking) (?:it|them|everything|the lot) (?:all )?(?:at once|in one go)\b",
    r"\b(?:took|take|taking|taken|used|had|drank) (?:way |a lot |much |so much |a few |a couple )?"
    r"more (?:\w+ )?than (?:my|the|what) (?:script|prescription|doctor|dose|label)\b[^!?]{0,40}"
    r"\b(?:dizzy|can not|could not|shaking|heart|sick|throwing up|passing out|spinning)\b",
    # Someone else saying goodbye.
    r"\b(?:texted|sent|messaged|posted|said) (?:me |us )?(?:a )?goodbye\b[^.!?]{0,40}\b(?:will "
    r"not|is not|does not|did not|has not|can not|not) (?:pick up|picking up|answer|answering|"
    r"reply|replying|respond|responding)\b",
    r"\bposted (?:\w+ ){0,3}(?:about )?saying goodbye\b",
    # Round six (holdout6).
    r"\bnarcan(?:ned|d|ed)\b",
    r"\b(?:gave|give|given|giving|used|needed|had to use|had to give) (?:me|him|her|them) "
    r"(?:narcan|naloxone|two doses|a shot of narcan)\b(?! (?:training|kits?|course|leaflets?|"
    r"to carry|to keep)\b)",
    r"\b(?:paramedics|ambulance|ambos|medics|doctors|nurses|they|someone) (?:\w+ ){0,2}"
    r"(?:brought|got) (?:me|him|her|them) (?:round|around|back)\b(?! (?:to|from|for|"
    r"home|here|later|after (?:i|he|she) (?:fainted|fell))\b)",
    r"\b(?:i|he|she|they) (?:had |have |has )?stopped breathing\b",
    r"\b(?:(?:my|his|her|their) )?(?:lips|face|fingers|skin) (?:look|looks|looking|looked|are|is|"
    r"were|was) (?:really |a "
    r"bit |kind of )?blue\b(?! (?:from|with|in|after|because)\b)",
    r"\b(?:(?:pills?|tabs|tablets?|gear|stuff|batch|dose|bag|they|these|those|it) (?:was|were|"
    r"is|are|must be|must have been) (?:way |much |a lot )?stronger than (?:i|he|she|we) "
    r"(?:thought|expected|realised|realized)|lost count of "
    r"(?:the |my |how many )?(?:tabs|pills|tablets|lines|bumps|doses|hits))\b[^.!?]{0,80}"
    r"\b(?:heart (?:is )?(?:racing|pounding)|chest (?:hurts|is hurting|pain|is tight|feels "
    r"tight)|can not (?:stop shaking|breathe|feel)|confused and cold|so confused|so cold|"
    r"can barely breathe)\b",
    r"\b(?:swallow|swallowed|swallowing|downed|popped|took|take|taking|taken|necked) (?:a|the|an) "
    r"(?:whole|entire|full) (?:pack|packet|box|strip|blister|sheet|tub)\b(?!\s*of)",
    r"\b(?:took|take|taking|taken|swallowed|swallow|popped|downed|necked|had) (?:like |about "
    r"|around |maybe |at least |over |nearly )?(?:[1-9]\d+|twenty|thirty|forty|fifty) (?:of )?"
    r"(?:" + POSS + r" |the )?(?:\w+ )?" + SUBSTANCE + r"\b(?! (?:back )?to (?:the )?(?:pharmacy|"
    r"chemist|recycling|bin|doctor|gp|hospital))",
    r"\b(?:do not|never|not to) exceed (?:the )?(?:stated |recommended )?dose\b[^!?]{0,60}"
    r"\b(?:had|took|taken|necked|swallowed) (?:like |about |around )?(?:[1-9]\d+|twenty|thirty|"
    r"forty|fifty)\b",
    # Round seven (holdout7).
    r"\b(?:pills?|tablets?|meds|bottle|packet)\b[^!?]{0,60}\bnow (?:we|i) wait\s*(?:$|[.!?,;])",
    r"\b(?:took|swallowed|taken|necked|downed|popped) (?:them|it|those|these|the lot) all\s*"
    r"(?:$|[.!?,;])",
    r"\bi (?:took|swallowed|necked|downed) everything\s*(?:$|[.!?,;])",
    r"\b(?:took|taken|had|swallowed) (?:a lot |way |loads |lots )?extra\s*[.,;][^!?]{0,40}\b"
    r"(?:the whole|"
    r"a whole|an entire|the entire) (?:pack|packet|box|bottle|strip|blister)\b",
    r"\b(?:took|take|taken|taking|used|had|swallowed) (?:way )?too (?:much|many)\b (?:and )?(?:now "
    r")?(?:i am|i'm|im|he is|she is) (?:scared|frightened|terrified|so scared|really scared)\b",
    r"\b(?:same|the) (?:stuff|thing|drug|gear|pills|batch) that (?:got|killed|took) (?:you|him|"
    r"her|my \w+)\b(?! (?:clean|sober|through|off|into|better|help|a job|home|out|well)\b)",
    r"\b(?:i|he|she|they|me|him|her|was|remember) (?:\w+ ){0,2}(?:going|turning|gone|went|turned) "
    r"(?:a bit |all )?blue\b(?! (?:from|with|in|after|because|and white)\b)",
    r"\b(?:used|use|using) (?:the |my |a |our |his |her )?(?:naloxone|narcan)(?: kit| spray| pen)?"
    r"\b(?! "
    r"(?:training|course))",
    # Round nine: medicines saved or stockpiled by name; a dose worked out for one's own
    # weight.
    r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (?:up )?(?:all )?"
    r"(?:of )?(?:" + POSS + r" |the |enough )?(?:\w+ )?" + MEDICINE + r"\b(?! (?:for (?:the|my) "
    r"(?:holiday|trip|flight|travel)|to (?:take|hand|give) (?:back|them back)))",
    r"\b(?:got|have|has|had|keep|kept) (?:\w+ ){0,4}?" + MEDICINE + r" (?:saved|stashed|"
    r"stockpiled|hoarded)\b",
    # safety6 walk (December 5, 2026; a rule, not a measurement): a stash or stockpile of a
    # medicine kept for a bad night or "just in case" ("keeping a stash of pills for a bad
    # night", "I have a stockpile of oxy in case"); not a stash of snacks or beer, not
    # paracetamol "in the cupboard" with no purpose, not kept "in case of a headache".
    r"\b(?:a|my|the|this|that|an?) (?:\w+ )?(?:stash|stockpile|hoard|supply) of (?:" + POSS
    + r" |the )?(?:\w+ )?" + MEDICINE + r"\b(?: \w+){0,6}? (?:for (?:a|the) (?:bad|dark|rough|"
    r"worst) (?:night|nights|day|days)|for the end|(?:just )?in case(?=\s*(?:$|[.!?;,:)]| "
    r"(?:it|things|life) (?:\w+ )?(?:gets?|got) (?:too|so|worse|bad|unbearable)| i (?:ever |"
    r"finally |really )?(?:need|want|decide|decided) (?:them|to (?:end|go|do it|use them|take "
    r"them))\b| i (?:cannot|can not) (?:take|cope|go on|do)))|for when (?:i (?:need (?:them|"
    r"it|out)\b|(?:cannot|can not) (?:take it|take any more|cope|go on|do this)|have had "
    r"enough|finally)|it (?:gets|get) too))",
    r"\b(?:calculated|calculating|worked out|working out|figured out|looked up|googled) "
    r"(?:\w+ ){0,5}?(?:mg per kg|(?:quantity|amount|dose|number) of (?:\w+ )?" + MEDICINE
    + r" (?:\w+ ){0,2}?(?:relative to|for|per|against) (?:my (?:own )?(?:body ?weight|weight)|"
    r"body ?weight))\b",
    # Fourth walk (December 5, 2026; rules, not a measurement): methadone take-home doses
    # kept back ("keeping a few take homes in the shoebox", "skip a dose here and there
    # and keep them"; not "I keep my take homes in a lockbox"); wishing the next one would
    # be the end ("I hope the next one takes me", "don't care if the next one kills me";
    # not "the next one takes me back to the clinic"); taking them all some night; someone
    # who uses alone now ("Lou uses alone every night"; not "uses alone time").
    r"\b(?:keep|keeping|kept|holding|hold|held) (?:back )?(?:a few|some|extra|a couple|a bunch|"
    r"a handful|one or two|a stash) (?:of )?(?:my )?(?:take homes|takehomes|carries|doses)\b",
    # Fifth round (crisis16): the next hit hoped to be the last one ("I hope the next hit
    # is the last one"; not "the next drink is the last one I ever have", nor "the last one
    # before I go to detox").
    r"\b(?:hope|hoping|hoped|hopefully|wish|wishing|praying) (?:that )?(?:the|my) next "
    r"(?:hit|fix|bag|high|bump|shot of (?:\w+ )?(?:gear|dope|heroin|h|fent|fentanyl)) "
    r"(?:is|will be|would be|ends up being|turns out to be) (?:my|the) (?:very )?last"
    r"(?: one)?\b(?! one\b)"
    r"(?! (?:i|before|for|of|time i|ever|until|till|this|for a)\b)",
    r"\bskip(?:ping|ped)? (?:a|the odd|my|the occasional) dose (?:\w+ ){0,4}?and (?:keep|save|"
    r"stash|hide|kept|saved|stashed|hid) (?:them|it|those)\b",
    r"\b(?:hope|hoping|hoped|wish|wishing|praying|pray|want) (?:that )?the next (?:one|hit|shot|"
    r"dose|fix|bag|line|pill|high|use|go) (?:takes me|will take me|kills me|will kill me|finishes "
    r"me|does me in|puts me (?:under|to sleep) for good)\b(?! (?:to|back|home|out|through|"
    r"somewhere)\b)",
    r"\b(?:do not|does not|no longer|not) care (?:anymore |any more )?(?:if|whether) (?:the "
    r"next (?:one|hit|shot|dose|fix|bag|line|pill|drink|bottle) )(?:kills me|takes me)\b",
    r"\b(?:so|that) i (?:can not|cannot|could not|will not|do not) (?:take|swallow|use|down) "
    r"(?:them|it|the lot|everything) all\b",
    r"\btake (?:them|it|the lot|the whole lot) all (?:some|one|any) (?:night|day|time)\b",
    r"\b(?:uses|is using|keeps using|has been using|been using|using|i use|i shoot up|shoots up|"
    r"is shooting up|has been shooting up|keeps shooting up) alone\b"
    r"(?! (?:time|mode|to|as|is|was|for (?:work|study)))",
)

# Despair that names nothing ("I can't do this anymore", "I just can't anymore"): not
# a reason to show the help lines on its own (a lead's decision, December 5, 2026: it is
# as often about the drinking as about living), but never handed back as change talk
# either, since it may be the first sign of a crisis. A sentence that names what it is
# about ("I can't do this anymore, the drinking has to stop") is ordinary text.
DISTRESS = (
    r"\b(?:can not|cannot|cant|cnt|can t) (?:(?:do|take|handle|cope with|deal with|stand|bear|"
    r"face|manage) (?:this|ths|it|that|any of (?:this|it)|everything|anything|life) |cope |)"
    r"(?:anymore|any more|any longer|anymre|anymor|no more|no longer)\b"
    # "I'm tired of fighting this." after a setback (fourth walk): not a reason for change.
    r"|\b(?:tired|sick|weary) of fighting(?: (?:this|it|everything|all of it|any more|anymore))?"
    r"\s*(?:$|[.!?,;])"
)
DISTRESS_NAMED = (
    r"\b" + HABIT + r"\b|\b(?:hangover|hungover|drunk|high|sober|craving|cravings|relapse|"
    r"relapsing|like this|to myself|to my (?:body|family|kids|liver|health))\b"
)


# Who a phrase is about, read from the nearest subject before it in its clause:
# the person ("i", "me") or someone else (a person noun or "he", "she", "they").
SUBJECT = (
    r"\b(?:(?P<self>i|me|myself|im)|(?P<other>he|she|they|himself|herself|themselves|"
    r"(?:my|our|a|his|her|their|your|the) (?:\w+ )?" + PERSON_NOUN + r"))\b"
)
OTHER_REFERENCE = r"\b(?:him|her|them|his|their|himself|herself|themselves|themself)\b"
SELF_REFERENCE = r"\b(?:me|my|myself|mine)\b"

# Idioms and everyday speech that hold a crisis phrase but are not one. A crisis
# match that lies inside one of these matches does not count.
# What a screening question asks about (for the guard on a question answered no).
_ASKED_ABOUT = (r"(?:suicid\w*|self harm|overdos\w*|better off dead|hurting myself|harming myself|"
                r"killing myself|hurt myself|kill myself|ending my life|ending it|ending things|"
                r"harming yourself|hurting yourself|killing yourself|ending your life|"
                r"taking my (?:own )?life|end my life|dying|being dead)")
# walk6 (guards below): nothing later in the text of pills, medicines, spirits, another drug,
# intent or harm, so a drinking setback or success is cleared only when it is just that.
_SETBACK_ONLY = (
    r"(?!.*\b(?:pills?|tablets?|tabs|meds|medicines?|medication|capsules?|painkillers?|"
    r"sleeping|sleepers|paracetamol|tylenol|ibuprofen|xanax|valium|benzos?|oxy\w*|opioids?|"
    r"opiates?|heroin|fentanyl|methadone|morphine|insulin|codeine|tramadol|drugs|coke|cocaine|"
    r"meth|ketamine|ghb|vodka|whiskey|whisky|gin|rum|tequila|spirits|everything|hop(?:e|ed|es|"
    r"ing)|wake|waking|die|died|dying|dead|death|kill\w*|end it|end things|enough|suicid\w*|"
    r"overdos\w*|purpose|so that|so i|forget|numb|not feel|pass out|passed out|black(?:ed)? "
    r"out|unconscious|breath\w*|hurt\w*|harm\w*|cut|cutting|want to|wanted to|wish|anymore|"
    r"any more|point|gone|worse off|better off|burden|goodbye|my last|last ever)\b)"
)
_SPAN_OF_TIME = (
    r"(?:(?:after|past|until|till|before) (?:\d{1,2}(?: ?[ap]m)?|\d{1,2}[ap]m|dinner|lunch|"
    r"lunchtime|work|tea|supper|breakfast|noon|midday|midnight|bedtime|the kids went to bed)|"
    r"all (?:day|evening|night|week|weekend|afternoon|morning)|the (?:whole|rest of the) "
    r"(?:day|evening|night|week|weekend))"
)
GUARDS: tuple[str, ...] = (
    r"\b(?:tied|tying|tie) (?:a |the |some )?ropes? (?:on|to|around|onto) (?:the |a |my )?"
    r"(?:tent|tarp|boat|kayak|canoe|trailer|roof rack|bike|car|fence|gate|dog|hammock|load|"
    r"boxes|box|sled|mast)\b",
    r"\b(?:had|drank|drink|drinking|having|shared|opened) (?:a|half a) bottle of (?:wine|beer|"
    r"cider|prosecco|champagne|red|white|rose)\b",
    r"\boverdose (?:awareness|prevention|training|kits?|response|reversal|day|vigil)\b",
    r"\btak(?:e|es|ing|en)(?: back)? " + POSS + r" (?:own )?life (?:back|again)\b",
    r"\btak(?:e|es|ing|en) back " + POSS + r" (?:own )?life\b",
    r"\b(?:end|ended|ending|ends) (?:this|that|the|my) (?:life|chapter|cycle|habit|way of life) "
    r"of\b",
    r"\b(?:end|ended|ending|ends) (?:it|things) with\b(?! (?:the |a |my |some |all (?:the |my )?)?"
    r"(?:\w+ )?(?:tablets|pills|meds|rope|gun|knife|blade|razor|overdose|drugs|car|exhaust|"
    r"belt|insulin|paracetamol|heroin|gear))",
    r"\b(?:end|ended|ending|ends) it (?:here|there|early|at(?! \d| age| the age)|on a|before|"
    r"now with)\b"
    r"(?! (?:tonight|for good))",
    r"\bkill(?:s|ed|ing)? (?:this|the|that|my|a|these|those) (?:habit|cravings?|urges?|buzz|mood|"
    r"vibe|time|lights?|engine|music|noise|pain|bug|bugs|weeds?|conversation)\b",
    r"\bkilling (?:it|time)\b",
    r"\b(?:dying|die|died) (?:to|for) (?:try|see|know|go|hear|get|have|tell|meet|a|some|one|"
    r"my|the)\b",
    r"\bdead (?:tired|beat|serious|set|ringer|end|battery|weight|on|center|centre|last)\b",
    r"\b(?:bored|scared|worried|frightened|freezing|sick) to death\b",
    r"\bdie (?:of|from) (?:embarrassment|laughter|laughing|boredom|shame|cuteness|"
    r"happiness|excitement|old age|thirst|hunger)\b",
    r"\b(?:nearly|almost|about to|going to|gonna) die (?:of|from|laughing|if|when|without|"
    r"before)\b",
    r"\brather die than (?!(?:live|living|go on|go through|keep|feel|be alive|face|deal|wake|"
    r"carry on|spend|another|be here|stay))",
    r"\b(?:is|are|was|were|has been|have been|it is|keeps|kept) (?:slowly |really |literally )?"
    r"killing (?:me|us|him|her)\b",
    r"\bcut(?:s|ting)? " + REFL + r" (?:a |some |another |one )?(?:slice|piece|break|slack|deal|"
    r"bit|loose|short|free)\b",
    r"\bcut(?:s|ting)? " + REFL + r" (?:off from|off|out of|in on)\b",
    r"\b(?:cut|cuts|cutting|burn|burned|burnt|burning|hurt|hurting|hit|bit|bite|scratch|"
    r"scratched|scratching|injured|injure|bruised) " + REFL + r" (?:on (?:a|the|my|some) \w+|"
    r"shaving|cooking|chopping|lifting|running|playing|gardening|climbing|"
    r"by accident|accidentally|at (?:the gym|work|football|practice)|in (?:the|a) (?:kitchen|"
    r"garden|fall)|falling|doing|making|slicing|opening|trying to|with (?:a|the) "
    r"(?:knife|kettle|iron|pan|oven|stove|bread knife|tin|can)|badly (?:at|in|on|playing)|"
    r"at the)\b"
    # ... unless a cover story follows: "burned myself with the iron and told work it was an
    # accident" (round six).
    r"(?![^.!?]{0,60}\b(?:told|tell|telling|said|saying|pretend\w*|lied|lie|say) (?:\w+ ){0,3}"
    r"(?:it was|that it was|it is|they were|i had)? ?(?:an |a )?(?:accident|the cat|fell))",
    r"\b(?:hurt|injured|strained|pulled|bruised) (?:my|his|her) (?:back|knee|knees|ankle|"
    r"shoulder|neck|wrist|hand|foot|feet|leg|arm|hip|finger|toe|elbow)\b",
    r"\boverdos(?:e|ed|es|ing)? (?:on|of) (?:netflix|tv|television|sugar|chocolate|candy|sweets|"
    r"caffeine|coffee|sun|sunshine|carbs|cake|screens?|screen time|youtube|tiktok|shopping|"
    r"work|love|cuteness|drama|news|social media|nostalgia|sleep|cheese|pizza|reality tv|"
    r"memes|fun|sarcasm|optimism|emotions?|feelings|christmas|music)\b",
    r"\boverdos(?:e|ed|es|ing)? (?:on|of) (?:\w+ ){0,2}(?:films|movies|episodes|box sets?|series|"
    r"shows|books|songs|games|podcasts|documentaries|anime|cartoons|reruns)\b",
    r"\b(?:career|social|political|commercial|financial|professional|electoral|brand|"
    r"fashion|diet|tactical) suicide\b",
    r"\bsuicide (?:squad|doors?|sprints?|drills?|runs?|blonde|king|seat|lane|bid|mission to|"
    r"pact in the film)\b",
    r"\bcheck(?:ed|ing|s)? out (?:of|early from|from|at) (?:the|a|my|our|his|her|this) "
    r"(?:hotel|hostel|shop|store|library|hospital|room|airbnb|motel|supermarket|office|"
    r"work|shift|meeting|till)\b",
    r"\b(?:disappear|vanish) (?:into|in) (?:a|the|my|his|her|some) \w+",
    r"\bstop (?:living|existing) (?:like|with|in|on|at|for|under|through|paycheck)\b",
    r"\b(?:tired|sick) of (?:living|life) (?:like|with|in|on|this|that|the way|paycheck)\b",
    r"\bgoodbye (?:card|party|lunch|drinks|present|gift|hug|kiss) for\b",
    r"\b(?:jump|skipping|skip|climbing|tow|tug of war|washing|clothes|towing) rope\b",
    r"\bto die for\b",
    r"\bover my dead body\b",
    r"\b(?:my|the|his|her|your) (?:phone|battery|laptop|car|plant|plants|computer|tablet|"
    r"torch|flashlight|fish|goldfish|engine|conversation|party|fire|hopes?) (?:is |was |has |"
    r"had )?(?:died|dead|dying|die)\b",
    r"\b(?:life|living|it) (?:is|was|feels) (?:not|no longer) worth (?:living|it) like (?:this|"
    r"that)\b",
    r"\bsuicide (?:is|was) painless\b",
    r"\b(?:killing|hurting|harming|poisoning|drinking|smoking|eating) (?:myself|himself|herself) "
    r"(?:slowly |to death )?(?:with|by|through) (?:the |all the |this |my )?(?:booze|alcohol|"
    r"drink|drinking|drugs|using|food|smoking|cigarettes|weed|vaping|beer|wine|junk food|"
    r"partying|work|stress)\b",
    r"\b(?:in case|just in case) (?:\w+ ){0,5}overdos\w*",
    r"\b(?:reading|read|learning|learned|learnt|training|course|article|class|talk|leaflet|"
    r"info|information|video) (?:about|on) (?:how |why |what |preventing |the signs of |"
    r"recognising |recognizing |responding to )?(?:an |to )?(?:\w+ )?overdos\w*",
    r"\b(?:hangover|hangovers|headache|migraine|traffic|commute|noise|meeting|queue) "
    r"(?:\w+ ){0,5}makes? me want to (?:die|shoot myself|kill myself)\b",
    r"\b(?:concern|concerned|worried|worry|afraid|scared|fear|risk|chance|danger) (?:of|about) "
    r"(?:an |accidentally |accidental )?overdos\w*",
    r"\b(?:fall|falls|fell|falling|trip|tripped|tripping|slip|slipped|slipping|crash|crashed) "
    r"(?:\w+ ){0,3}(?:and )?(?:hurt|injure|injured|cut|break|broke) (?:myself|himself|herself)\b",
    # Round five: everyday wording that reads like crisis wording, for the rules and for the
    # statistical part alike (the model re-reads a window without these matches).
    r"\b(?:shot|shoot|shooting|shoots) (?:myself|himself|herself|yourself|ourselves|themselves) "
    r"in the foot\b",
    r"\b(?:took|take|taking|taken) (?:all )?(?:of )?(?:my|his|her) (?:meds|medication|medicine|"
    r"pills|tablets)(?: \w+){0,3} (?:as usual|like always|as always|on time|as prescribed|"
    r"with breakfast|with dinner|with food|this morning|every morning|every day|today)\b",
    r"\b(?:the )?old (?:me|self|version of me|habits?|ways?|life) (?:has|had|have|needs|need|is "
    r"going|are going|must|can|will|should) (?:to )?(?:die|go|end|be dead|be gone)\b",
    # Round eight: everyday talk a death word rides on. A habit that "has to die"; a
    # phone or battery that is dying; a hangover one "wanted to die" of, or a wish taken
    # back as "not literally"; someone who "will kill me if" I am late; an overdose that
    # is a call-out, a patient or a first-aid lesson; a death long ago ("back in the 90s");
    # "stop existing as the one who ..."
    r"\b" + HABIT + r" (?:has|had|have|needs|need|must|can|will|should) (?:to )?die\b",
    r"\b(?:phone|battery|laptop|charger|headphones|ipad|kindle)(?: is| was)?(?: on \d+)?"
    r"(?: percent)?(?: ,)? (?:is |was )?(?:about to die|dying|going to die|almost dead|"
    r"nearly dead|dead|died)\b",
    r"\bhangover\b(?<!not hangover)(?<!not the hangover)(?<!not a hangover)"
    r"(?<!not just the hangover)"
    r"(?:(?!\b(?:not|but)\b)[^.!?]){0,50}?\b(?:wanted|want|wanting|wishing|wished) to die\b",
    r"\b(?:wanted|want|wanting|wishing|wished|going) to die\b"
    r"(?:(?!\b(?:not|but|and)\b)[^.!?]){0,40}?\bhangover\b",
    r"\b(?:wanted|want|wanting|wished|wish) to die\b(?: [.,!]| \w+){0,4} (?:but )?"
    r"not literally\b",
    r"\b(?:will|would|is going to|are going to|going to|gonna) kill (?:me|us) (?:if|for)\b",
    r"\boverdose (?:call|calls|callout|call out|"
    r"job|jobs|patient|patients|case|cases|shout|shouts)\b",
    r"\bwhat to do (?:in|if|when|for|with) (?:an |a |someone (?:who |having )?(?:has )?)?"
    r"(?:\w+ )?overdos\w*",
    r"\b(?:took (?:his|her|their) own life|killed (?:himself|herself|themselves)|died (?:by|of|"
    r"from) (?:suicide|an overdose)) (?:\w+ ){0,3}(?:back )?in (?:the )?(?:\d0s|19\d\d|"
    r"sixties|seventies|eighties|nineties)\b",
    r"\bstop existing as (?:the|a|an|that|this)\b",
    r"\btook (?:all|every) (?:of )?(?:my |the )?(?:\w+ )?(?:tablets|pills|meds|medication)"
    r"(?: \w+){0,4} (?:out|into)\b[^.!?]{0,40}\b(?:organi[sz]er|dosette|pill box|pillbox|"
    r"compartments?|days of the week)\b",
    r"\battempted (?:the|a|an|my|his|her|our|their|this|that|another) (?!(?:suicide|overdose|"
    r"od|attempt)\b)\w+",
    r"\battempted (?:again |once more |twice |before |it )?to (?!die|kill|end|overdose|hang|take "
    r"(?:my|his|her) (?:own )?life|hurt|harm|cut|jump|drown|od)\w+",
    # Change talk that names the habit as what ends, goes or is given away: "ready to say
    # goodbye to vodka", "gave away my bong", "done with the booze for good", "ending my
    # relationship with weed". The habit is named, so it is not about a life.
    r"\b(?:goodbye|farewell|bye|so long|good riddance) (?:to )?(?:the |my |all the |all my )?"
    + HABIT + r"\b",
    r"\b(?:gave|give|gives|giving|given|threw|throw|throwing|thrown|binned|bin|binning|"
    r"poured|pour|pouring|sold|selling|got rid of|getting rid of|get rid of) (?:away |out |"
    r"back )?(?:all )?(?:of )?(?:the |my |our |his |her )?(?:last |old |spare |whole )?"
    r"(?:\w+ )?" + HABIT + r"\b(?:[^.!?]{0,40}\b(?:need|needing|want|wanting|use|using) "
    r"(?:it|them|that|those|these)(?: (?:anymore|any more|again|now))?\b)?",
    r"\b(?:done|finished|through|over) with (?:the |my )?" + HABIT + r"\b",
    r"\b(?:end|ended|ending|ends|kill|killing|killed) (?:my|this|the|our) (?:relationship|love "
    r"affair|affair|romance|friendship|marriage) with (?:the |my )?" + HABIT + r"\b",
    # Round six: learning about crisis, a screen answered no, grief long past, disposal.
    r"\b(?:suicide|self harm|overdose) (?:prevention|awareness|first aid|training|helpline|"
    r"hotline|crisis line|statistics|stats|rates?|research|charity|walk|fundraiser|talk|course|"
    r"module|policy|risk assessment)\b",
    r"\b(?:course|training|documentary|article|book|talk|lecture|leaflet|workshop|podcast|class|"
    r"video|seminar|programme|program|module|webinar|session|news|piece|report|story|figures|"
    r"headline|headlines) (?:\w+ ){0,2}(?:about|on) "
    r"(?:\w+ ){0,2}(?:suicide|self harm|overdos\w*)\b",
    r"\b(?:how|learn\w*|taught|teach\w*|trained|training) (?:\w+ )?to (?:ask|talk to|talk with|"
    r"support) (?:someone|somebody|people|them|a person|him|her|a friend|others) (?:\w+ ){0,2}"
    r"about (?:suicide|self harm|overdos\w*)\b",
    r"\b(?:learn\w*|taught|teach\w*|read|reading|know|knowing|recogni[sz]\w*|spot|spotting|"
    r"trained on|training on) (?:about )?(?:the )?(?:signs|symptoms) of (?:an )?(?:overdose|"
    r"suicide|self harm)\b",
    r"\b(?:asked|ask|asks|asking|questions?|questionnaire|screening|form) (?:\d+ )?(?:\w+ ){0,4}"
    r"(?:about|if|whether|on|any thoughts of|thoughts of) [^.!?]{0,40}?" + _ASKED_ABOUT
    + r"(?: (?:or|and|and or) (?:\w+ ){0,3}" + _ASKED_ABOUT + r")?"
    r"(?=(?:[^.!?]{0,60}|[^.!?]{0,12}[.!?]\s*(?:(?:and )?i (?:told (?:her|him|them)|said|"
    r"answered|replied|put) (?:\w+ )?)?)\b(?:no|never|not at all|none|nope|denied|zero)\b)"
    # ... unless the answer is taken back: "I said no. I have.", "which was a lie"
    r"(?!.{0,140}?\b(?:lied|a lie|lying|untrue|not true|not the truth|not honest|"
    r"(?:i|he|she) (?:have|do|did|am|was|had) [.!?;]))",
    r"\b(?:overdose|overdoses) (?:deaths|rates|figures|epidemic|statistics|numbers)\b",
    r"\b(?:coffee|caffeine|sugar|chocolate|netflix|carb|cake|tv|screen|sun|sunshine|cuteness|"
    r"nostalgia|christmas|content|information|meme) overdose\b",
    r"\bcut(?:s|ting)? " + REFL + r" (?:a |some |another |one )?(?:\w+ ){0,2}(?:slice|slices|"
    r"piece|pieces|wedge|chunk|bit|portion|helping|slab|hunk|sliver|serving|plate|bowl)\b",
    r"\bstarv\w* " + REFL + r" of (?:sleep|rest|fun|time|sunlight|company|joy|attention)\b",
    r"\banniversary of (?:my|his|her|our|the) (?:\w+ ){0,2}(?:overdose|suicide|death|passing)\b",
    r"\b(?:took (?:his|her|their) own life|killed (?:himself|herself|themselves)|died (?:by|of|"
    r"from) (?:suicide|an overdose)) (?:\w+ ){0,3}(?:years|decades|a long time) ago\b",
    r"\b(?:took|take|taking|taken|carried|brought) (?:all |every |\d+ )?(?:of )?(?:the |my )?"
    r"(?:\w+ )?"
    r"(?:bottles|bottle|cans|empties|meds|pills|tablets|medication) (?:out|back to|to (?:the )?"
    r"(?:recycling|bin|bins|tip|pharmacy|chemist|shop|car|kitchen))\b",
    r"\btook (?:all|every) (?:of )?(?:my |the |his |her )?(?:\w+ ){0,3}and (?:threw|put|gave|"
    r"sold|dumped|returned|handed|poured) (?:them|it|those|these) (?:out|away|back|in the bin)\b",
    # Round nine: an overdose "of" or "on" something that is not a drug; medicines cut back
    # or down; a death by drink long past told as grief; the head against a brick wall as a
    # picture of frustration.
    r"\boverdos(?:e|ed|es|ing)? (?:of|on) (?:\w+ ){0,2}?(?:paperwork|admin|emails|meetings|"
    r"drag race|reality tv|tv|telly|youtube|tiktok|anime|football|cricket|love|feelings|drama|"
    r"gossip|christmas|festive cheer|vitamin d|fresh air|bingo|socialising|people|small talk|"
    r"revision|exams|spreadsheets|zoom calls|calls|cheese|carbs|sugar|chocolate|caffeine)\b",
    r"\bcut(?:s|ting)? (?:my|the|his|her|our) (?:\w+ )?(?:pills|meds|tablets|dose|doses|"
    r"painkillers|medication|drinking|intake|units|hours|screen time) (?:back|down)\b",
    r"\b(?:drank|drunk) (?:himself|herself|themselves) to death\b",
    r"\b(?:like|feels like|felt like|as if|as though) (?:i am |i was |we are |we were )?"
    r"(?:bang|banging|bashing|hitting) (?:my|me|our|your|one s) heads? (?:off|against|on|into) "
    r"(?:a|the) (?:brick )?wall\b",
    r"\bmak(?:e|es|ing) it to (?:the|my|his|her|a|an|our) (?:gym|class|meeting|meetings|work|"
    r"office|shop|shops|appointment|session|party|wedding|game|match|station|airport|pub|"
    r"church|school|bus|train|lecture|shift|group)\b",
    # The model's false alarms found this session (talk6, walk4): rest for a time, and a
    # fear that has gone.
    r"\bsleep and not (?:think|worry) about (?:\w+ ){0,2}for (?:a|an|the|one|two|three|a few|"
    r"\d+) (?:day|days|night|nights|week|weeks|weekend|while|bit|hour|hours)\b",
    r"\b(?:nothing|hardly anything|not much|very little|little) (?:really )?(?:scares|frightens|"
    r"worries) me (?:anymore|any more)\b",
    # walk6: a drinking setback told by its quantity ("had six last night after I said I'd
    # stop at two", "drank the whole six pack", "drank the whole bottle of wine by myself")
    # and a success ("didnt even think about it after 9pm", "surprised myself") were the
    # model's false alarms. Beer, wine and cider only, counted or by the pack, case or
    # bottle; never when pills, medicines, spirits, another drug or words of intent or
    # harm come anywhere after ("drank a whole bottle of vodka and took my pills", "...
    # hoping not to wake up" still show the lines).
    r"\b(?:had|drank|drink|drinking|downed|finished|polished off|went through|got through|"
    r"sank|necked) (?:off )?(?:the |a |my |another |an )?(?:whole |entire |full )?"
    r"(?:(?:four|six|eight|ten|twelve|4|6|8|10|12|18|24|twenty four) ?pack|case|crate|slab|"
    r"box of (?:wine|beer)|(?:bottle|box|bag) of (?:\w+ )?(?:wine|red|white|rose|prosecco|"
    r"champagne|cava|fizz|bubbly|cider|beer|lager))\b(?: of (?:beer|lager|cider|ipa|cans|"
    r"bottles|tinnies|tins))?" + _SETBACK_ONLY,
    r"\b(?:had|drank|downed|necked|sank) (?:another |like |about |maybe |at least )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
    r"(?: more)?(?: (?:beers?|pints?|cans?|tins?|glasses(?: of wine)?|drinks?|ciders?|lagers?|"
    r"ipas?|wines?|bottles of (?:wine|beer)))?"
    r"(?: (?:last night|yesterday|tonight|again|at the pub|at home|on (?:friday|saturday|"
    r"sunday|monday|tuesday|wednesday|thursday)(?: night)?))?"
    r" (?:after|when|even though|though|although|despite) (?:i |i had |having )?(?:said|told"
    r"(?: \w+){0,2}?|promised(?: myself| \w+)?|swore|planned|meant|decided|agreed)"
    r"(?: (?:that )?i would| (?:that )?i d| to)?(?: only)? (?:stop|stick|keep it|have|limit "
    r"(?:it|myself)|cap it)(?: (?:at|to|just))? (?:one|two|three|four|five|six|[1-6])\b"
    + _SETBACK_ONLY,
    r"\b(?:did not|do not|never|barely|hardly|have not|had not) (?:even |really |once |much )?"
    r"(?:think|thought|crave|craved|want|wanted|miss|missed|feel like|felt like) (?:about |of )?"
    r"(?:(?:drinking|a drink|the drink|booze|the booze|using|the pub|the bottle|wine|beer|"
    r"a beer|a smoke|smoking|vaping|weed|a joint|gambling|the pokies|the bookies)\b|it "
    r"(?=" + _SPAN_OF_TIME + r"))(?: " + _SPAN_OF_TIME + r")?" + _SETBACK_ONLY,
    r"\b(?:surprised|impressed|proud of|pleased with|amazed) myself\b" + _SETBACK_ONLY,
    # Lead, end of session: sleeping pills kept for the nights sleep will not come ("I keep
    # sleeping pills for when I cant sleep", p=0.95 before), unless words of an end follow.
    r"\b(?:keep|kept|have|got|take|use|prescribed|given) (?:\w+ ){0,3}?(?:sleeping pills|"
    r"sleeping tablets|sleepers|zopiclone|zolpidem|melatonin) (?:\w+ ){0,3}?for when i (?:can not|"
    r"cannot) (?:sleep|get to sleep|drop off|nod off)\b(?!.*\b(?:wake|waking|die|dying|dead|"
    r"death|kill\w*|end it|suicid\w*|overdos\w*|all of them|all at once|the lot|forever|"
    r"for good|never|goodbye|anymore|any more)\b)",
    # walk6: a way out of something named (the model read "I don't see a way out of this
    # contract" as hopeless).
    r"\bway out of (?:this|the|a|my|that|our|his|her|their|your) (?:\w+ )?(?:contract|lease|deal|"
    r"job|car park|carpark|parking|building|maze|tunnel|meeting|mortgage|loan|debt|overdraft|"
    r"arrangement|agreement|commitment|subscription|tenancy|course|class|trip|wedding|party|"
    r"dinner|invitation|obligation|shift|rota|estate|town|traffic|queue|jam|tax|bill|fine|"
    r"booking|holiday|event)s?\b",
    # Burn-out is exhaustion ("scared I'll burn out", "burnt out on overtime"; crisis16: round
    # twelve's model read "took too much on ... burn out" as an overdose), not a burn.
    r"\b(?:burn|burns|burning|burnt|burned) (?:myself |yourself )?out\b(?=\s*(?:$|[.!?,;:]|(?:at|"
    r"from|on|of|again|and|because|by|soon|completely|totally|in|with|before|if|like)\b))",
    # Ready to go just after a trip, a move or treatment is named ("Bags packed for Spain.
    # I'm ready to go. Said bye to mom today."; crisis16).
    r"\b(?:packed|packing|bags|suitcase|luggage|flight|airport|trip|holiday|vacation|travel|"
    r"travelling|traveling|moving|move|deployment|deploying|rehab|detox|college|uni|university|"
    r"camp|cruise|journey|visa|passport|taxi|cab|uber)\b[^.!?]{0,80}(?:[.!?] )?(?:[^.!?]{0,40} )?"
    r"(?:am|feel|i|im) (?:\w+ )?ready to go\b",
)

# A clear negation just before a phrase: "not suicidal", "would never hurt myself",
# "no thoughts of ...". Only these few words may stand between negation and phrase,
# so "can not stop thinking about ..." and "not sure i want to live" are not negated.
NEGATION_BEFORE = (
    r"\b(?:not|never|no|no longer|nor|without)"
    r"(?: (?:really|even|actually|ever|at all|feeling|feel|going to|gonna|planning to|"
    r"planning on|thinking about|thinking of|trying to|tried to|want to|wanting to|wanna|have|"
    r"had|any|"
    r"thoughts? of|thoughts? about|plans? to|plans? of|intention of|intentions of|urges? to|"
    r"desire to|been|be|being|about|of|to|i|am|was|would|will|ever|once|once been|"
    r"currently|in any way|anymore|any more|more|that|a|the|wanted to|want|wanted|"
    r"tempted to|going|considering|considered|self|harm|done|doing|do|an|having|old|dark|"
    r"those|these|such))*\s*$"
)
# A negation the rest of the sentence takes back: a contrast ("but", "though", "except",
# "yet", "still", "sometimes", "some days") followed by words that keep the thought alive
# ("I'm not going to kill myself but I think about it", "I won't hurt myself, except
# when it gets bad", "not going to do it, yet"). Read on the words after the negated
# phrase, up to the end of the next sentence; "I'm not suicidal but I want to get better"
# takes nothing back.
CONTRAST = (r"(?:but|though|although|except|yet|still|sometimes|some days|some nights|"
            r"at times|even so|then again|other days|most days|every day|every night|lately)")
NEGATION_TAKEN_BACK = (
    r"\b(?:yet|not yet|just not yet|for now|not today|at least not (?:yet|today|now))"
    r"(?: anyway| anyways| at least| though| i think| i guess)?\s*(?:$|[.!?;,])"
    r"|\bexcept (?:when|if|on|at|some|sometimes|lately|for|after|maybe|late|in|tonight|today|"
    r"yesterday|last night|this week|this morning|once|twice|now|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekends?)\b"
    r"|\b(?:that|it) (?:was|is) (?:a lie|not true)\b|\bi lied\b"
    r"|\b(?:i|he|she) (?:think|thinks|thought|have thought|keep thinking|kept thinking) about it "
    r"(?:every|all|a lot|constantly|sometimes|daily|most|in the|for)\b"
    r"|[.!?,;]\s*(?:probably|maybe|who knows|i do not know|not sure)\s*(?:$|[.!?,;])"
    r"|\b" + CONTRAST + r"\b[^.!?]{0,50}?(?:"
    r"\b(?:think|thinks|thought|thinking|dream|dreams|dreaming|dreamt|fantasi[sz]e\w*|"
    r"imagine|imagining|imagined|picture|picturing|pictured|wonder|wondering|wondered|"
    r"consider|considering|considered|obsess\w*|plan|planning|planned) (?:\w+ )?(?:about |of )?"
    r"(?:it|that|this|doing it|doing that|how|death|dying|ending|suicide|being dead|"
    r"being gone|not being|not waking|not existing|going through)\b"
    r"|\b(?:the|that|those|these) (?:thought|thoughts|idea|urge|urges|temptation|pull|wish|"
    r"feeling)s? (?:is|are|do|does|come|comes|came|still|will not|keep|keeps|will|have|has|"
    r"never|creep|creeps|won|is still|are still|get|gets|stay|stays)\b"
    r"|\b(?:crosses|cross|crossed|crossing|on|in|out of) (?:my|his|her) (?:mind|head)\b"
    r"|\btempt\w*|\bpart of (?:me|him|her)\b|\bgo through with it\b|\bhave a plan\b"
    r"|\b(?:want|wanted|wanna|wish|wished|feel like|felt like|am tempted|was tempted|could|"
    r"might|would) (?:to )?(?:do it|do that|it|that|to)?\s*(?:$|[.!?;,]|sometimes|some days|"
    r"some nights|a lot|at night|lately|too|really bad|so bad|badly|bad)"
    r"|\bwish (?:i|he|she) (?:could|would|was|were|did|had|was not|were not|had not)\b"
    r"|\b(?:i|he|she) (?:do|does|did|have|has|am|is|was)\s*(?:$|[.!?;,])"
    r"|\b(?:i|he|she) (?:almost|nearly) (?:did|do|have|had)\b"
    r"|\b(?:i|he|she) (?:am|is|was) not sure (?:i|he|she) (?:will|would|could|can) "
    r"(?:not|keep|hold)"
    r")"
)
# A crisis the text itself places in the past and says is over ("Ten years ago I tried to
# end my life. I got help and I'm well now."): read like a negation (it does not show the
# lines, and still counts as crisis wording for change talk). All must hold: the phrase's
# sentence (or the next: "That was six years ago.") places it at a distance
# (PAST_DISTANCE), in the past tense (PAST_TENSE, before the phrase or in it); the text
# says it is over (PAST_OVER); and nothing from the phrase's sentence on opens it again
# (PAST_REOPENED: "again", "lately", "tonight", "but now", "not doing well", "I want").
# "I tried to kill myself two years ago" alone still shows the lines, gently.
PAST_DISTANCE = (
    r"\b(?:years|decades|a long time|long time|a lifetime) ago\b|\b(?:a|one) (?:year|decade) ago\b"
    r"|\bback (?:in|then|when)\b|\bin (?:19|20)\d\d\b|\bin the (?:eighties|nineties|80s|90s)\b"
    r"|\bwhen i was (?:a |at |in |still |younger|young|\d|drinking|using|a teenager)"
    r"|\bas a (?:teenager|teen|kid|child|student|young \w+)\b"
    r"|\bin my (?:teens|twenties|thirties|forties|early|late|old|first)\b"
    r"|\bat (?:school|university|uni|college)\b|\bafter (?:my|the) (?:divorce|separation|"
    r"breakup|break up)\b|\b(?:old|early|first) (?:journal|journals|entries|diary|diaries)\b"
    r"|\bin the past\b|\bmy history\b|\bused to\b|\blast year\b"
    r"|\b(?:years|decades) back\b|\bthat was (?:in )?(?:19|20)\d\d\b"
)
PAST_TENSE = (
    r"\b(?:tried|attempted|took|wanted|thought|was|were|had|used to|did|cut|overdosed|made|"
    r"swallowed|harmed|hurt|burned|burnt|jumped|wrote|planned|went|ended up|nearly|almost|"
    r"attempt|attempts)\b"
)
PAST_OVER = (
    r"\b(?:i am|i have been|i feel|i am doing|i am now|now i am|i have stayed|i have kept)"
    r" (?:\w+ )?(?:well|fine|okay|ok|alright|all right|settled|happy|safe|good|"
    r"in a (?:\w+ )?(?:different|better|good) place|far from|somewhere (?:\w+ )?different)\b"
    r"|\b(?:got|had|found|get) (?:\w+ )?help\b|\bcame through\b|\bcome through\b"
    r"|\bhow far i have come\b|\b(?:none|never|nothing) since\b|\bnot since\b"
    r"|\bnot (?:because )?(?:i am|i am ever) back there\b|\bnot back there\b"
    r"|\b(?:that|it|those|that feeling|the feeling) (?:is|are|has|have) (?:\w+ )?(?:gone|over|"
    r"behind me|in the past|passed|long gone)\b|\b(?:stopped|ended|passed) (?:a long time|"
    r"years|long) ago\b|\b(?:has|have) not (?:come back|been back|returned|happened)\b"
    r"|\bit has been (?:\w+ )?(?:months|years) since\b|\ba different (?:person|place|time|life)\b"
    r"|\b(?:i )?mention it only\b|\bfor the record\b|\bthe record is\b|\bso the record\b"
    r"|\bit (?:gets|got) better\b|\bfor me it did\b|\bnow i (?:run|help|lead|support|volunteer)\b"
    r"|\bnot the case (?:now|anymore|any more)\b|\b(?:these days|today|now) i (?:am|have|feel)"
    r" (?:\w+ )?(?:well|fine|okay|ok|happy|settled|good|a |my |the |so )"
)
PAST_REOPENED = (
    r"\b(?:again|lately|recently|tonight|right now|at the moment|this week|these days the|"
    r"creeping back|starting again|back again|still (?:think|want|wish|have|feel|do|hope|plan)\w*|"
    r"think(?:ing|s)? about it|sometimes|some days|some nights|at times|now and then|"
    r"from time to time|part of me|in case|saved|saving|stockpil\w*|hoard\w*|"
    r"(?:i am|i get|i feel) (?:scared|afraid|worried|frightened)|"
    r"the (?:thoughts?|urges?|feelings?|pull|temptation) (?:\w+ )?(?:creep|creeps|come|comes|"
    r"came|is|are|has|have|still|keep|keeps)|"
    r"but (?:now|lately|today|tonight|this)|not (?:doing )?(?:well|fine|okay|ok|alright)|"
    r"i (?:want|wish|am going|am thinking|am planning|plan|keep thinking|can not stop))\b"
    r"|(?<!not )\b(?:come|came|coming|is|are) back\b"
)

# Negation words whose reach ends before the phrase: "not sure", "can not stop", "no idea".
NEGATION_BROKEN = r"\b(?:not|never|no) (?:sure|know|stop|help|get|shake|believe|idea|one)\b"

# Prefix words that make "kms" a verb ("gonna kms"); after a number it is a distance.
KMS_NUMBER = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|few|many|more|"
KMS_NUMBER += r"several|those|these|the|of|extra|hundred|thousand|dozen)"

# The quick gate: every possible match of every phrase above holds one of these
# (checked by tests/eval/crisis_anchors.py, which reads the phrases with Python's regex
# parser; tests/unit/test_crisis_detect.py fails if a phrase is not covered). A text
# holding none is not read further.
ANCHORS: tuple[str, ...] = (
    "me again", "him again", "her again",
    "acetaminophen", "affairs", "alcohol", "alive", "am gone", "ambien", "antidepress",
    "any longer", "any more", "anymore", "around", "be gone", "way out", "done fighting",
    " tonight", "take home", "takehome", "carries", "the next", "them all", "it all", "lot all",
    "everything all", " alone",
    "aspirin", "balcon", "barrier", "benzo",
    " better", "blue", "booze", "bother", "bottle", "breath", "bridge", "building", "burden",
    " burn", "bus", "capsule", "car", " check", "clean", "cliff", "cocaine", "codeine", "coke",
    "collapsed", " cut", "dead", "death", "diazepam", "die", "disappear", "done with", "dope",
    "dose", " downed", "drug", "dying", "empty", " end", "ending", "every", "exist", "eyes open",
    " feel", "fentanyl", " fine", "funeral", "future", "garage", "ghb", "gin", " go on",
    "gone for good", "goodbye", "googl", "happier", "harm", "head", "here", "heroin", "herself",
    "highway", "himself", " hope ", " hoped", " hoping", "how many", "ibuprofen", " injected",
    "injur", "insulin", "is gone", "just gone", "keep going", "ketamine", "kill", "klonopin",
    " kms", "lake", "ledge", "letter", " life", "liquor", "lithium", " live", "living", "look up",
    "looked up", "looking up", "lorazepam", "lorry", "meaningless", "medication", "medicine",
    "meds", "message", "meth", "more than", "morphine", "motorway", "mouth", "myself", " need",
    "never been born", "never born", " no use", "noose", "note", "opiate", "opioid", "over", "oxy",
    "paracetamol", "passed out", "peace", "percocet", "pill", " point", "pole", " popped",
    "possession", "post", " praying", " problem", "purpose", "railway", " reason", "relaps",
    "permanent", "eternal", "forever", "one way", "final", "no return", "razor", "blade",
    "world", "existence", "peac", " nap", "how high", "how tall", "how deep", "how far",
    "how long the", "how big the",
    "river", "roof", "rope", "rum", "search", "seroquel", "sewer slide", " sh ", "six feet",
    "sleep", " slic", "slipped", " slit", "smack", " stop", "stuff", "suicid", "survive",
    " swallow", "tablet", " take ", " taken ", " taking ", "temple", "text", "themsel", "things",
    "through the night", " to sh", "too many", "too much", " took ", "tower", "track", "traffic",
    "train", "tramadol", " tree", "truck", "tylenol", "unaliv", "unconscious", "unresponsive",
    " until", "valium", "vicodin", "video", "vodka", "wake", "waking", " wall", "want out",
    "was gone", "waste of", "were gone", "whisk", " will", "window", "wine", " without", " worth",
    "wounds", "xanax", "yourself",
    # round four
    "weight on", "drain on", "see myself", "see me ", "see him", "see her", "mornings",
    "tomorrows", "only way out", "only escape", "only option", " how long", " how quick",
    " how fast", "i am done", "gun", "edge", "top floor", " drop", " bye", "forgive me",
    "i love you all", "my last", "my final", " after", "attempted", " picked", " chose",
    " found", " scouted", " till", " til ", "scissors", "bled", "bleed", "the pain",
    "nearly did not", "almost did not", "hopefully", " at once", " in one go", "pistol",
    "rifle", "until", "on purpose", "till ", "scratch", " pick", " bit ", " bite", " biting",
    # rounds six and seven
    "out on",
    "bullet", "brains", "with me in it", "last time", "last entry", "dream", "imagin", "picture",
    "into the", "engine", "motor", "exhaust", "insurance", "death benefit", "for when", "tabs",
    "capsule", "checkout", "lined up", "counted", "sleeves", "hoodie", "jumper", "cardigan",
    "scars", "slash", "gash", " carv", " gouge", "knife", "compass", "lighter", "narcan",
    "naloxone", " brought", "stopped breathing", "blade", "razor", "safety pin", "stronger than",
    "lost count", "exceed", " used to cut", " know what", "meant", "next time", "charcoal",
    "voice", "accident", "lethal", "fatal", "deadly", "find me", " pin ", "needle", "glass",
    "nail", "scalpel", "storey", "how much", "cutting", " and cut", " i cut", " then cut", " pier",
    "going away", "up before", " pan ", " iron", "kettle", "poker", "spoon", "than my", "than the",
    "than what", " crash", " drive", " driv", " drove", " steer", "in me", "oncoming",
    "alive thing", "living thing", "life thing", "existing thing", "existence thing", "here thing",
    "only thing", "top floor", "top level", " necked", "would hit", "would run over",
    "would take me", "would flatten", "extra", "in front of", "under one", "under it",
    "under them", " on it", " on them", "platform", "level crossing", "the day i", "the day he",
    "the day she", "the night i", "the night he", "the night she", "now i wait", "now we wait",
    "i was moving", "i am moving", "i was leaving", "i am leaving", "me off", "the job", "road",
    "existing", "life", "fresh one", "new one", "more one", "brought", "got me round",
    "got me back", "got me around", "got him round", "got him back", "got him around",
    "got her round", "got her back", "got her around", "got them round", "got them back",
    "got them around", "that got", "that killed", "that took", "stopping on", "parking on",
    "lying down on", "standing on", "sitting on",
    # round eight
    "rescu", "saved", "save me", "resuscitat", "reviv", "deleted", "erased", "uninstalled",
    " ctb", "whoever", "whomever", "unsubscrib", "finds me",
    # round nine
    "everlasting", "come round", "come around", "regain", "coming round", "coming around",
    "coming back", "coming to", "surviving", " under and", "headbang", "deliberately",
    "per kg", "for good", "once and for all", "for ever", "under the water and", "incision",
    "laceration", "hoard", "stockpil", "stash", " saving ", "body weight", "bodyweight",
    "my weight", "own weight", "birthday", " supply of",
    # crisis16: free or at rest soon with everything sorted; the next hit wished the last
    " free ", " at rest", "out of here", " wish",
    *(f" {pet} {after}" for pet in ("dog", "dogs", "cat", "cats", "pet", "pets", "puppy",
                                     "kitten", "budgie", "rabbit", "rabbits", "horse", "dug",
                                     "dugs") for after in ("to", "tae", "away", "over")),
)

# Concepts for the statistical part (`crisis_model.py`): words that mean the same
# thing for this purpose, so a word the sets never held ("zopiclone", "the multi
# storey", "a compass point") still weighs like the ones they did. The model reads
# each concept a window holds and every pair of them ("ingest" with "substance" and
# "quantity"; "self" with "death"), with weights it learned from the labelled sets.
# One or two words per entry, in normalised form.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "self": (
        "i", "me", "myself", "my", "mine", "im",
    ),
    "other": (
        "he", "she", "they", "him", "her", "them", "his", "their", "himself", "herself",
        "themselves", "friend", "mate", "mates", "buddy", "bestie", "son", "daughter", "kid",
        "brother", "sister", "mum", "mom", "mother", "dad", "father", "partner", "husband", "wife",
        "boyfriend", "girlfriend", "ex", "roommate", "flatmate", "housemate", "cousin", "uncle",
        "aunt", "nephew", "niece", "sponsor", "colleague", "coworker", "neighbour", "neighbor",
        "someone", "somebody", "gran", "grandad", "grandma", "grandpa",
    ),
    "death": (
        # round twelve (crisis16): endings said as a choice or a relief
        "clean exit", "my exit", "an exit", "welcome it", "do it myself", "doing it myself",
        "finish it", "the end of me",
        # round nine: endings in clinical or detached words
        "regaining consciousness", "regain consciousness", "regained it", "dignitas",
        "assisted dying", "go like that", "the rational exit",
        "cessation of everything", "my cessation",
        "die", "died", "dies", "dying", "dead", "death", "suicide", "suicidal", "kill", "killed",
        "attempt", "top myself", "topping myself", "do myself in", "lose consciousness",
        "killing", "kms", "unalive", "coffin", "grave", "funeral", "corpse", "rip", "afterlife",
        "heaven", "hang", "hanging", "hanged", "drown", "drowning", "perish", "six feet",
        "pass away", "passed away", "attempted", "attempts", "finish me", "finishes the job",
        "finish the job", "end it", "end things", "end everything", "ending it", "ended it",
        "end my life", "end her life", "end his life", "end their life", "take my life",
        "my own life", "her own life", "his own life", "overdose", "overdosed", "overdosing",
        "overdoses", "od",
    ),
    "final": (
        # round twelve: a closing said in office or plain words
        "more final", "concludes matters", "conclude matters", "for good today", "bye bye",
        # round nine: rest or sleep made permanent
        "permanent rest", "forever kind", "the forever kind", "eternal rest", "rest for good",
        "for the last time", "not be long now",
        # round eight: endings said in pictures (books, games, lights, candles, the sea)
        "last page", "last chapter", "close the book", "the ending", "an ending",
        "game over", "last life", "continues", "respawn", "final save", "credits", "uninstall",
        "end the run", "quit the game", "last match", "last night online",
        "will be my last", "last shift", "lights out", "urn", "buried", "headstone",
        "eulogy", "obituary", "my funeral", "fold a flag", "arrangements", "my affairs",
        "at peace", "made my peace", "my peace", "let go", "let the sea",
        "let the wind", "take me", "have me", "the wick", "run down", "running down",
        "send once", "hastening", "help it along", "helping it along",
        "help matters along", "help him along", "need not wait", "not wait", "why wait",
        "forever", "for good", "permanently", "permanent", "eternal", "final", "goodbye",
        "goodbyes", "bye", "farewell", "no longer", "much longer", "never again", "one way",
        "for ever", "whole thing", "ever again", "for real", "anymore", "any more", "last entry",
        "done with it", "with it all",
    ),
    "sleep": (
        "sleep", "asleep", "nap", "wake", "waking", "woke", "mornings", "tomorrows", "nod off",
        "drift off", "night night", "lying down",
    ),
    "absence": (
        # round twelve
        "no here", "not stay", "even miss", "would even miss",
        # round nine: not being there for what comes next
        "continued existence", "the next rota", "any rota", "my 30th", "my 40th", "my 50th",
        "not waiting around", "not doing another", "another six weeks",
        "the world would run", "run the same", "would miss me", "no one would miss",
        "nobody would miss", "nobody would notice", "notice for days",
        # round eight: being around, still here, existing, a future date one will not see
        "be around", "around for", "still be here", "still here", "here anymore", "here by",
        "existence", "existing", "stop existing", "survive", "last that long", "see christmas",
        "see my birthday", "next month", "next year", "next week", "the spring", "another winter",
        "this winter", "be a me", "be deleted", "erased", "fade", "fade away", "ghost",
        "join him", "join her", "join them", "joined him", "joined her", "be with him",
        "be with her", "the other side", "meet my maker", "called home", "call me home",
        "switch me off", "switched off", "put me out", "not come back",
        "make it through", "there will not be",
        "gone", "disappear", "disappeared", "vanish", "without me", "without him", "without her",
        "not here", "not around", "be here", "log off", "check out", "checking out", "delete",
        "worry about", "miss me", "not exist", "exist", "alive", "be alive", "being alive",
        "living", "live", "making it", "be done",
        # round six
        "checkout", "out of the picture", "off the board", "leave early", "opening my eyes",
    ),
    "burden": (
        "better served", "more problems", "causes more",
        "burden", "better off", "weight on", "drain on", "fault", "forgive", "useless",
        "worthless", "pathetic", "disgusting", "hate myself", "punish", "punishment", "punishing",
    ),
    "hopeless": (
        # round twelve: relief and reasoning about going
        "permission", "rational option", "only rational", "be relieved", "continue it",
        "to improve",
        # round nine: detached, understated or weary wording
        "net cost", "worth turning up", "worth attending", "disappointingly",
        "be a relief", "would be a relief", "would not even mind", "would not mind if",
        "no version", "will to keep going", "expected utility",
        "texture of a conclusion", "hung in there", "proper done in",
        # round eight
        "tired of fighting", "stopped fighting", "stop swimming",
        "stop kicking", "stopped trying", "past struggling", "too tired", "so tired",
        "no further use", "nothing left to", "little sense", "no sense", "fine by me",
        "fine with that", "not worth", "why bother",
        "pointless", "hopeless", "no hope", "nothing left", "no way out", "way out", "only way",
        "only option", "only thing", "give up", "gave up", "giving up", "numb", "trapped",
        "can not go on", "tired of", "sick of", "had enough", "no reason", "no future",
        "meaningless", "one bet", "point", "no point", "the point", "carrying on", "going on",
        "a future", "matters",
        # round six
        "no me", "with me in it", "pretending", "the final one", "tired of opening",
        # round seven
        "can not face", "can not carry", "can not keep going", "sad story", "most useful",
        "move on", "save them the trouble", "the trouble", "one more day",
    ),
    "plan": (
        # round twelve: affairs put in order as admin, a day or a place looked at
        "beneficiary", "life policy", "the estate", "my estate", "my will", "clearing out",
        "mind up", "which day", "which trains", "timetable", "the height", "duct tape",
        "a length of",
        # round nine: a plan said in passing, as admin
        "a number in mind", "which night", "the how", "how left", "purchased", "the materials",
        "chosen the", "picking a day", "a day picked", "all sorted", "it all sorted",
        "pension", "nomination", "the plot", "most reliable", "cheaper ways", "clear out",
        "keys returned", "cleared out", "locker", "sorted which", "done the maths",
        "done the math", "pays out", "the timing", "ideation", "intent",
        # round eight
        "made my decision", "my decision", "decided", "the means", "i have the means",
        "getting ready", "got everything i need", "what it is for",
        "the night i decide", "picked the way", "way i would go", "how i would do",
        "how far down", "how deep", "how long it takes", "how many floors", "the drop",
        "the quickest way", "working out how", "worked out how", "when the house",
        "the date", "date circled", "tonight is the night", "this weekend",
        "after friday", "by friday", "by sunday", "by then", "five year plan", "five week plan",
        "retirement plan", "do not intend", "no intention",
        "deciding", "considering", "researching", "researched", "looked up", "looking up",
        "googled", "tested", "practice", "practised", "chose", "method", "methods", "how high",
        "how quick", "painless", "quickest", "calling me", "tidying up", "letters", "passwords",
        "gave away", "give away", "giving away", "sent my", "my stuff", "my things", "belongings",
        "find this", "finds this", "reads this", "saving up", "hoarding", "stockpiling",
        "stuff away", "explaining why", "the spot", "decided", "decide", "planning", "plan",
        "how many", "how i would", "will not need", "wont need", "need them", "after",
        # round six
        "picked a date", "set a date", "picked the day", "the date", "for when", "when the time",
        "lined up", "counted them", "life insurance", "insurance money", "my policy",
        "train times", "rainy day",
        # round seven
        "worked out", "house is empty", "who gets what", "signed the car", "signed over",
        "cancelled", "practiced", "practised", "rehearsed", "tied it", "next time",
    ),
    "farewell": (
        # round twelve: notes and last words
        "the note", "letter each", "a letter each", "loved him", "loved her", "love yous",
        "tell him i", "tell her i", "a wee goodbye",
        # round nine: thanks and goodbyes, pets rehomed, letters sealed
        "thanks for everything", "thank you for everything", "if anything happens",
        "if owt happens", "rehome", "rehomed", "addressed to", "sealed it", "with names on",
        "the good jewellery", "her 18th", "his 18th", "letters of explanation",
        "will not need", "will not be needing", "not need them", "not need it", "explaining why",
        "gave away", "give away", "giving away", "given away", "goes to", "go to my", "letters to",
        "letter to", "note for", "notes for", "note to", "passwords", "sorted my will",
        "last entry", "last message", "last post", "say goodbye", "saying goodbye",
        "said goodbye", "for the last time", "one last time", "i love you all", "forgive me",
        "look after", "take care of", "in case", "just in case", "everything in order",
        "loose ends", "tidying up",
        # round six
        "sorry for everything", "the last time", "last time", "voice note", "deleted all",
        "the passwords", "bank details",
        # round seven
        "loose ends tied", "before i go", "sorted before", "seeing you soon", "see you soon",
        "be with you", "where you are", "forgive me for",
    ),
    "means": (
        # round twelve: roads and structures
        "seatbelt", "central reservation", "in front of", "parking structure", "drive into",
        "drove into", "driving into", "crash into", "the artic",
        # round nine
        "the bath", "into the sea", "the barrel", "under my chin", "lorry",
        # round eight: heights, water, cars and weapons as people name them
        "viaduct", "quarry", "scaffold", "scaffolding", "cliff path", "cliff edge",
        "floors", "storeys", "yellow line", "the tide", "swim out",
        "pockets full", "weir", "hosepipe", "sidearm", "service pistol",
        "service weapon", "service revolver", "revolver", "firearm", "weapon", "handgun",
        "ammunition", "ammo", "the safe",
        "rope", "noose", "beam", "belt", "bridge", "cliff", "cliffs", "ledge", "roof", "rooftop",
        "multi storey", "car park", "tallest", "tower", "balcony", "tracks", "train", "trains",
        "railway", "motorway", "gun", "guns", "pistol", "rifle", "shotgun", "bullet", "bullets",
        "jump", "jumping", "jumped", "height", "heights", "exhaust", "headland", "overpass",
        "ligature", "plastic bag",
        # round six
        "river", "canal", "reservoir", "level crossing", "crossing", "platform", "engine running",
        "motor on", "engine on", "exhaust", "hose", "hook", "railing", "railings", "stones",
        "washing line", "top floor", "floor window", "shotgun", "cold water",
        # round seven
        "train line", "charcoal", "oncoming", "multistorey", "top level", "balcony of",
        "the wheel", "lethal", "fatal", "deadly",
    ),
    "harm": (
        # round nine
        "head off the wall", "head against", "headbang", "headbanged", "incisions", "the ritual",
        "batteries", "fist into", "my nails into", "the belt to",
        # round eight: harm with what is at hand, done deliberately
        "deliberately", "scald", "scalded", "scalding", "hot pan", "iron", "kettle",
        "manifold", "soldering", "sander", "safety pin", "pulled out", "hair out",
        "biting", "bit my", "digging", "dug my nails", "picking at", "knuckles",
        "striking", "hitting myself", "hit myself", "put out my cigarette", "lit cigarette",
        "new marks", "under them", "under my sleeves",
        "cut", "cuts", "cutting", "burn", "burns", "burned", "burnt", "burning", "scratch",
        "scratched", "scratching", "nick", "nicked", "slap", "slapped", "slapping", "punch",
        "punched", "punching", "banged", "banging", "carve", "carved", "stab", "stabbed", "bruise",
        "bruises", "bruised", "starve", "starved", "starving", "throw up", "threw up", "purge",
        "purged", "marks", "scar", "scars", "plasters", "bandage", "bandages", "bleed", "bleeding",
        "bled", "blood", "harm", "harming", "self harm", "sh", "hurt myself", "hurting myself",
        "hurt herself", "hurting herself", "hurt himself", "hurting himself", "hurt my self",
        "on purpose", "hurt", "hurting",
        # round six
        "slash", "slashes", "slashed", "gash", "gashes", "nicks", "lines on", "tally", "barcode",
        "long sleeves", "sleeves down", "scabs", "blistered", "hob", "went at", "took the knife",
    ),
    "tool": (
        "razor", "razors", "blade", "blades", "lighter", "compass", "knife", "knives", "scissors",
        "needle", "sharpener",
    ),
    "body": (
        "arm", "arms", "leg", "legs", "wrist", "wrists", "thigh", "thighs", "skin", "hand",
        "hands", "face", "stomach", "belly", "hip", "hips", "head", "chest", "neck", "throat",
        "body",
    ),
    "substance": (
        # round nine
        "propranolol", "oramorph", "sedative", "sedatives", "patches", "mirtazapine",
        "fluoxetine", "night tablets", "sleeping tablets", "blood pressure pills",
        "pill", "pills", "tablet", "tablets", "tabs", "meds", "medicine", "medication", "capsules",
        "blister", "blisters", "strips", "packet", "packets", "pack", "packs", "painkillers",
        "sleeping pills", "sleepers", "zopiclone", "zolpidem", "codeine", "cocodamol",
        "co codamol", "tramadol", "paracetamol", "acetaminophen", "tylenol", "ibuprofen",
        "aspirin", "xanax", "valium", "diazepam", "lorazepam", "klonopin", "benzos", "benzo",
        "pregabalin", "gabapentin", "oxy", "oxys", "oxycodone", "oxycontin", "morphine",
        "fentanyl", "fent", "heroin", "gear", "smack", "methadone", "opioids", "opiates",
        "percocet", "vicodin", "insulin", "antidepressants", "sertraline", "citalopram",
        "amitriptyline", "quetiapine", "seroquel", "lithium", "coke", "cocaine", "crack", "meth",
        "ket", "ketamine", "ghb", "mdma", "pingers", "drugs", "dope", "alcohol", "vodka",
        "whiskey", "whisky", "wine", "gin", "rum", "booze", "liquor", "bottle", "bottles", "cans",
        "drink", "script", "prescription", "dose", "doses", "stash", "bag", "baggie", "the label",
        "bleach",
    ),
    "ingest": (
        "took", "taken", "swallow", "swallowed", "swallowing", "downed", "popped", "necked",
        "mixed", "mixing", "injected", "inject", "shot up", "shoot up", "shooting up", "snorted",
        "snort", "emptied", "drank", "chugged", "overdose", "overdosed", "overdosing", "od",
        "take", "taking", "had", "used", "using", "drink", "drinking",
    ),
    "quantity": (
        # round nine
        "should be enough", "nearly enough", "enough there", "enough i reckon", "mg per kg",
        "per kg", "stockpile", "sixty", "forty", "all of it",
        "whole", "entire", "the lot", "most", "handful", "handfuls", "extra", "double", "triple",
        "ten", "twenty", "thirty", "fifty", "hundred", "box", "boxes", "strips", "loads", "dozens",
        "too much", "too many", "way more", "more than", "stopped counting", "all", "every",
        "everything", "all of",
    ),
    "symptom": (
        # round eight
        "speech is going", "stomach is burning", "doing something weird",
        "lips feel", "keep my head up", "keep my eyes open", "come round",
        "not come round", "brought me round",
        "spinning", "drowsy", "dizzy", "throwing up", "vomiting", "seeing double", "blue", "lips",
        "breathe", "slowing", "slowing down", "gouching", "gouch", "unconscious", "unresponsive",
        "passed out", "pass out", "collapsed", "ambulance", "a and e", "heart racing", "shaking",
        "can not feel", "fitting", "seizure", "nodding", "slap me awake", "floppy", "gurgling",
        "snoring", "poison", "narcan", "naloxone",
        # round six
        "narcanned", "stopped breathing", "breathing had stopped", "brought me round",
        "brought me back", "paramedics", "resus", "chest is tight", "chest hurts", "chest pain",
        "confused and cold", "grey", "slumped", "feel really odd", "heart is going",
        # round seven
        "sinking", "fell off the chair", "cold bath", "going blue", "needle still in",
        "fell out", "came round",
    ),
    "contact": (
        # round nine
        "rang 999", "called 999", "rang 911", "called 911", "working on him", "working on her",
        "switched their phone off", "switched his phone off", "switched her phone off",
        "can not reach", "can not get hold", "get hold", "not answering", "phone is off",
        "phone off", "not picking up", "answering", "replying", "texted", "posted",
        "no answer", "door locked", "locked in",
        "worried about", "scared for", "check on", "police", "welfare check",
    ),
    # round eight: a past the text says is over ("years ago ... I'm well now"), and intent
    # said outright ("not joking", "I mean it"); neither opens the model's gate
    "resolved": (
        "years ago", "ago", "back then", "back in", "at the time", "used to", "in the past",
        "got help", "came through", "come through", "different place", "far from",
        "these days", "looking back", "how far", "well now", "okay now", "ok now", "fine now",
        "better now", "doing well", "since then", "none since", "for the record", "history",
        "my history", "not back there", "have not come back", "recovered", "survived",
        "patient", "the call", "the job", "course", "training",
    ),
    "intent": (
        "not joking", "not a joke", "no joke", "mean it", "meant it", "not a bit",
        "not a meme", "i am serious", "dead serious", "not kidding", "not an accident",
        "wanted it to",
    ),
    "negation": (
        "not", "never", "no", "nothing", "nobody", "without", "nor", "none",
    ),
    "change": (
        "quit", "quitting", "stop", "stopping", "cut down", "cutting down", "cut back", "sober",
        "sobriety", "recovery", "clean", "meeting", "meetings", "sponsor", "goal", "goals",
        "better", "healthier", "proud", "days", "weeks", "months", "relationship with", "habit",
        "want my life", "take back", "my life back", "new me", "old me", "chapter", "partying",
        "bender", "craving", "cravings", "urge", "urges", "gym", "therapy", "therapist",
        "counsellor", "doctor", "gp", "chemist", "pharmacy", "usual", "as usual", "on time",
        "morning", "daily", "every day", "prescribed",
    ),
    "media": (
        "song", "film", "movie", "book", "show", "series", "episode", "album", "track", "lyrics",
        "game", "podcast", "watched", "listening", "reading", "title", "karaoke", "playlist",
    ),
    "food": (
        "chicken", "roast", "onions", "cake", "bread", "vegetables", "veg", "pizza", "dinner",
        "lunch", "breakfast", "cooking", "cooked", "recipe", "oven", "wood", "hair", "nails",
        "grass", "hedge", "garden", "paint", "shelves", "diy", "fabric", "paper", "tent",
    ),
    "hyperbole": (
        # round eight: everyday talk a death word rides on
        "hangover", "hungover", "headache", "not literally", "battery", "phone on", "percent",
        "laptop", "will kill me if", "kill me if", "killed for", "died laughing",
        "embarrassed", "teenagers",
        "lol", "haha", "ha", "lmao", "joking", "kidding", "literally dying", "dying of",
        "killing me", "murder", "murdered", "slayed", "dead on", "dead tired", "embarrassment",
        "embarrassed", "cringe",
    ),
}
