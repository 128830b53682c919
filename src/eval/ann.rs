//! brat standoff parsing: the Source / Cue / Content spans of each attribution event.

use std::collections::HashMap;

/// One gold attribution: character ranges (not bytes) of its content, source and cue.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoldAttribution {
    pub content: Vec<(usize, usize)>,
    pub source: Vec<(usize, usize)>,
    pub cue: Vec<(usize, usize)>,
}

/// Parses a `.ann` file; attributions without content are dropped (as the Python scorer does).
pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
    let mut spans: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    let mut events: Vec<Vec<(String, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(mid)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, ranges)) = mid.split_once(' ') else {
                continue;
            };
            let parsed: Option<Vec<(usize, usize)>> = ranges
                .split(';')
                .map(|r| {
                    let mut it = r.split_whitespace().map(|n| n.parse::<usize>().ok());
                    Some((it.next()??, it.next()??))
                })
                .collect();
            if let Some(p) = parsed {
                spans.insert(id, p);
            }
        } else if id.starts_with('E') {
            let roles = mid
                .split(' ')
                .skip(1)
                .filter_map(|part| part.split_once(':'))
                .map(|(role, r)| {
                    (
                        role.trim_end_matches(|c: char| c.is_ascii_digit())
                            .to_string(),
                        r,
                    )
                })
                .collect();
            events.push(roles);
        }
    }
    events
        .iter()
        .filter_map(|roles| {
            let chars = |want: &str| -> Vec<(usize, usize)> {
                roles
                    .iter()
                    .filter(|(role, _)| role == want)
                    .flat_map(|(_, r)| spans.get(r).cloned().unwrap_or_default())
                    .collect()
            };
            let content = chars("Content");
            (!content.is_empty()).then(|| GoldAttribution {
                content,
                source: chars("Source"),
                cue: chars("Cue"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_collect_their_spans_and_contentless_events_are_dropped() {
        let ann = "T1\tSource 0 2\the\nT2\tCue 3 7\tsaid\nT3\tContent 8 12;14 16\tfoo bar\n\
                   E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nE2\tAttribution:T2 Cue:T2\n";
        let gold = parse_ann(ann);
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].content, vec![(8, 12), (14, 16)]);
        assert_eq!(gold[0].source, vec![(0, 2)]);
        assert_eq!(gold[0].cue, vec![(3, 7)]);
    }
}
