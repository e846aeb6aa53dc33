/*
 * Parser for systemd unit files. The lexer modes already decide what each logical line
 * is, so this grammar only groups tokens into lines; it accepts every token sequence the
 * lexer can produce, which is what lets unitlint keep going past anything systemd
 * rejects. What a line means (section name, key, value as systemd joins it) is worked
 * out by dev.unitlint.syntax.SyntaxTreeBuilder.
 */
parser grammar SystemdUnitParser;

options { tokenVocab = SystemdUnitLexer; }

unitFile
    : line* EOF
    ;

line
    : lineStart* COMMENT lineEnd          # commentLine
    | lineStart* sectionHeader lineEnd    # sectionLine
    | lineStart* assignment lineEnd       # assignmentLine
    | lineStart* NEWLINE                  # blankLine
    | lineStart+ EOF                      # trailingBlank
    ;

// Leading blanks, physical lines that hold nothing but a continuation backslash, and the
// byte order mark systemd strips.
lineStart
    : BOM
    | INDENT
    | LEADING_CONTINUATION
    ;

lineEnd
    : NEWLINE
    | EOF
    ;

sectionHeader
    : LBRACKET headerPart*
    ;

headerPart
    : HEADER_TEXT
    | RBRACKET
    | CONTINUATION
    | CONTINUED_COMMENT
    ;

// Without EQUALS the line is "Missing '='"; with EQUALS first, the key name is missing.
assignment
    : keyPart+ (EQUALS valuePart*)?
    | EQUALS valuePart*
    ;

keyPart
    : KEY_TEXT
    | CONTINUATION
    | CONTINUED_COMMENT
    ;

valuePart
    : VALUE_TEXT
    | CONTINUATION
    | CONTINUED_COMMENT
    ;
