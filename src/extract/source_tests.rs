//! Tests of who speaks: subjects before a cue, objects that are not speakers, relative pronouns.

use super::extract;
use super::subjects::subject;
use super::token::tokenize;

/// The source mention of the first claim of `text` whose cue starts with `cue`; `None` when no
/// claim has that cue.
pub(super) fn source_of(text: &str, cue: &str) -> Option<String> {
    let ex = extract(text);
    let c = ex
        .claims
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| q.text.starts_with(cue)))?;
    c.source.as_ref().map(|s| s.mention.clone())
}

fn subject_of(text: &str, cue: &str) -> Option<String> {
    let mut toks = Vec::new();
    tokenize(text, 0, text.len(), &mut toks);
    let v = toks.iter().position(|t| &text[t.start..t.end] == cue)?;
    let (a, b) = subject(text, &toks, 0, toks.len(), v)?;
    Some(text[toks[a].start..toks[b - 1].end].to_string())
}

#[test]
fn the_subject_is_found_before_an_appositive_with_commas_inside() {
    let s = "Ann Roe, who lost her home in Aurora, Colorado, in July, said she would leave.";
    assert_eq!(subject_of(s, "said").as_deref(), Some("Ann Roe"));
    let s = "Jon Vell, 58, who lives near Aurora, says he will vote.";
    assert_eq!(subject_of(s, "says").as_deref(), Some("Jon Vell"));
    let s = "Ann Roe, facing a hard race in Iowa, a swing state, said she would win.";
    assert_eq!(subject_of(s, "said").as_deref(), Some("Ann Roe"));
}

#[test]
fn it_in_it_was_said_that_is_no_speaker() {
    let s = "It was widely said that the plan would fail.";
    assert_eq!(subject_of(s, "said"), None);
    let s = "It says that the plan would fail.";
    assert_eq!(subject_of(s, "says").as_deref(), Some("It"));
}

#[test]
fn a_relative_pronoun_right_before_an_interruption_stays_the_subject() {
    let s = "It was Jon Vell, who, after a long row with Roe, said the party had lost.";
    assert_eq!(subject_of(s, "said").as_deref(), Some("who"));
}

#[test]
fn the_sender_of_a_statement_speaks_not_the_statement() {
    let s = "Hours later, she issued a statement calling on the United States to act.";
    assert_eq!(source_of(s, "calling").as_deref(), Some("she"));
    let s = "The town released a statement Wednesday saying the comments were wrong.";
    assert_eq!(source_of(s, "saying").as_deref(), Some("The town"));
}

#[test]
fn made_it_clear_is_said_by_the_subject_of_made() {
    let s = "Davis made it clear that she did not view the comment in isolation.";
    assert_eq!(subject_of(s, "clear").as_deref(), Some("Davis"));
}

#[test]
fn a_participle_after_a_plain_object_keeps_the_object_as_its_subject() {
    let s = "Clinton has built a campaign focused on issues of keen interest to voters.";
    let subj = subject_of(s, "focused").unwrap_or_default();
    assert!(subj.ends_with("a campaign"), "{subj}");
    let s = "He said the wall would rise, at which point the crowd chanted loudly.";
    let subj = subject_of(s, "chanted").unwrap_or_default();
    assert!(subj.ends_with("the crowd"), "{subj}");
}

#[test]
fn an_opening_participle_is_not_the_speaker() {
    let s = "Asked on Monday whether he would stay, Mrs. Clinton shook her head and said, “No.”";
    assert_eq!(source_of(s, "said").as_deref(), Some("Mrs. Clinton"));
    let s = "Speaking to the coalition in Washington, Trump wavered in answering a question.";
    assert_eq!(source_of(s, "answering").as_deref(), Some("Trump"));
    let s = "Manning said the plan, which was new, would fail.";
    assert_eq!(source_of(s, "said").as_deref(), Some("Manning"));
}

#[test]
fn a_relative_pronoun_is_reported_with_the_phrase_it_stands_for() {
    let s = "“We chase absentee requests,” said Jon Borges, who predicted a third of the vote.";
    let ex = extract(s);
    let c = ex.claims.iter().find(|c| c.text.starts_with("a third"));
    let src = c.and_then(|c| c.source.as_ref());
    assert_eq!(src.map(|s| s.mention.as_str()), Some("Jon Borges, who"));
    assert_eq!(src.map(|s| s.name.as_str()), Some("Jon Borges"));
}

#[test]
fn a_floating_both_is_not_the_subject() {
    let s = "Donald Trump and Bernie Sanders have both argued that workers have lost jobs.";
    let subj = subject_of(s, "argued").unwrap_or_default();
    assert!(subj.ends_with("Bernie Sanders"), "{subj}");
}

#[test]
fn a_subject_with_a_relative_clause_or_participle_is_named_by_its_head() {
    let s =
        "Current and former officials who spoke with The Huffington Post said the party is weak.";
    assert_eq!(source_of(s, "said").as_deref(), Some("former officials"));
    let s = "Another intelligence source speaking to Fox News said the agents are investigating.";
    assert_eq!(
        source_of(s, "said").as_deref(),
        Some("Another intelligence source")
    );
    let s = "But progressive organizations that have endorsed him say they believe in it.";
    assert_eq!(
        source_of(s, "say").as_deref(),
        Some("progressive organizations")
    );
}

#[test]
fn a_subject_with_a_prepositional_phrase_is_named_by_its_head() {
    let s = "But a POLITICO survey on Tuesday of leading data operatives found both men unknown.";
    assert_eq!(source_of(s, "found").as_deref(), Some("a POLITICO survey"));
    let s = "Sanders delegates inside the convention hall in Philadelphia have loudly booed the mention of Clinton.";
    assert_eq!(source_of(s, "booed").as_deref(), Some("Sanders delegates"));
}

#[test]
fn the_subject_of_an_object_relative_clause_keeps_its_own_mention() {
    let s = "It is a provision that the majority of lawmakers still believes is necessary.";
    assert_eq!(
        source_of(s, "believes").as_deref(),
        Some("the majority of lawmakers")
    );
}

#[test]
fn the_agent_after_asked_by_is_the_source() {
    let s =
        "Asked by Stephanopoulos to respond to the criticism, Carson said the remarks were unfair.";
    assert_eq!(source_of(s, "Asked").as_deref(), Some("Stephanopoulos"));
    let s = "\"Absolutely,\" he said when asked by a reporter if that remains his view.";
    assert_eq!(source_of(s, "asked").as_deref(), Some("a reporter"));
}

#[test]
fn a_hedged_verb_of_thinking_is_said_by_its_subject() {
    let s = "The network denies it.\n\nBut a recent review of the emails seems to show that a CNN reporter coordinated with the staff.";
    assert_eq!(
        source_of(s, "seems").as_deref(),
        Some("a recent review of the emails")
    );
}

#[test]
fn a_participle_after_after_is_said_by_the_main_subject() {
    let s = "One month after announcing his support for Donald Trump, Marco Rubio still believes that he is wrong.";
    assert_eq!(source_of(s, "announcing").as_deref(), Some("Marco Rubio"));
    let s = "Trump began the day in a hole with this crowd after questioning Israel's commitment to peace.";
    assert_eq!(source_of(s, "questioning").as_deref(), Some("Trump"));
}

#[test]
fn the_name_right_before_the_cue_speaks_after_a_quote_and_an_aside() {
    let s = "\"It is reminiscent of the 1960s,\" the dawn of the modern conservative movement, Bozell says.";
    assert_eq!(source_of(s, "says").as_deref(), Some("Bozell"));
    let s = "\"It is stunning,\" since so many cases were decided by one vote, said Lee Epstein, who teaches law.";
    assert_eq!(source_of(s, "said").as_deref(), Some("Lee Epstein"));
}

#[test]
fn the_agent_of_a_passive_cue_speaks() {
    let s = "The chairwoman has been repeatedly criticized by many Wall Street players for not raising rates.";
    assert_eq!(
        source_of(s, "criticized").as_deref(),
        Some("many Wall Street")
    );
}

#[test]
fn an_opening_adverb_or_preposition_is_not_the_speaker() {
    let s =
        "More broadly, Verizon has been working to emphasize the wireless portion of its business.";
    assert_eq!(source_of(s, "emphasize").as_deref(), Some("Verizon"));
}

#[test]
fn an_adjective_before_a_noun_cue_is_not_the_speaker() {
    let s = "The ads called the deal a mistake.\n\nFiorina showed subtle hints that she was having second thoughts.";
    assert_eq!(source_of(s, "hints").as_deref(), Some("Fiorina"));
}

#[test]
fn a_sentence_opening_with_a_determiner_is_said_by_the_whole_phrase() {
    let s = "The researchers found that turnout in the county fell by a third.";
    assert_eq!(source_of(s, "found").as_deref(), Some("The researchers"));
}

#[test]
fn the_object_of_a_control_verb_speaks_the_infinitive_cue() {
    let s = "The narrow win led party chairman Ann Roe to declare him the likely nominee.";
    assert_eq!(source_of(s, "declare").as_deref(), Some("Ann Roe"));
}

#[test]
fn a_relative_that_is_reported_with_the_noun_it_stands_for() {
    let s = "The listing was replaced on Thursday by a message that said the item was gone.";
    assert_eq!(source_of(s, "said").as_deref(), Some("a message that"));
    let s = "There is really nothing that suggests Velt could not win the vote in March.";
    assert_eq!(source_of(s, "suggests").as_deref(), Some("nothing that"));
}

#[test]
fn a_passive_cue_with_an_agent_takes_a_plain_noun_subject_as_content() {
    let text = "The deal was criticized by Senator Ann Roe as a giveaway to banks.";
    let ex = extract(text);
    let c = ex.claims.iter().find(|c| c.source.is_some());
    assert_eq!(c.map(|c| c.text.as_str()), Some("The deal"));
    let mention = c
        .and_then(|c| c.source.as_ref())
        .map(|s| s.mention.as_str());
    assert!(mention.is_some_and(|m| m.starts_with("Senator Ann Roe")));
}

#[test]
fn a_determiner_phrase_after_an_opening_phrase_may_speak_a_learned_cue() {
    let s = "To please the party's base, his plan calls for rates that rise with income and \
             includes rebates for low-income families.";
    assert_eq!(source_of(s, "calls").as_deref(), Some("his plan"));
}

#[test]
fn initials_with_their_periods_belong_to_the_source_phrase() {
    let text = "Plane Story\n\nThe plane was old.\n\n\
                The Cessna, U.S. officials said, has flown roughly 216 hours.\n\n\
                The Cessna has flown roughly 216 hours, F.A.A. records show.\n\n\
                The plane is old, said John F. Kennedy.\n\n\
                The plane is old, according to U.S. officials.";
    assert_eq!(source_of(text, "said").as_deref(), Some("U.S. officials"));
    assert_eq!(source_of(text, "show").as_deref(), Some("F.A.A. records"));
    let ex = extract(text);
    let mentions: Vec<&str> = ex
        .claims
        .iter()
        .filter_map(|c| c.source.as_ref().map(|s| s.mention.as_str()))
        .collect();
    assert!(mentions.contains(&"John F. Kennedy"), "{mentions:?}");
    assert_eq!(mentions.last(), Some(&"U.S. officials"), "{mentions:?}");
}
