-- The authors of an article as the page names them ("Mara Lindqvist", "By A and B"); NULL when unknown.
ALTER TABLE articles ADD COLUMN byline TEXT;
