/*
 * Lexer for systemd unit files (systemd.syntax(7), src/shared/conf-parser.c).
 *
 * Every input character ends up in exactly one token and nothing is skipped, so the
 * concatenated token texts reproduce the file byte for byte (see grammar/README.md).
 *
 * systemd reads a file line by line and joins lines that end in an odd number of
 * backslashes ("continuations"). Comment lines met inside a continuation are skipped,
 * a blank line ends it. The modes below follow that:
 *
 *   DEFAULT_MODE          start of a logical line: blank, comment, '[' header, or key
 *   KEY / KEY_LINE_START  the key of an assignment, up to the first '='
 *   VALUE / VALUE_LINE_START  everything after the first '=' (a later '=' is text)
 *   HEADER / HEADER_LINE_START  a section header after '['
 *   AFTER_BOM             the rest of the line after the byte order mark systemd strips
 *
 * The *_LINE_START modes are entered after a continuation: there a physical line whose
 * first non-blank character is '#' or ';' is a comment inside the logical line.
 */
lexer grammar SystemdUnitLexer;

@members {
    // systemd strips the first UTF-8 byte order mark it meets at the start of a line
    // (usually line 1) and no other.
    private boolean byteOrderMarkSeen;
    // Whether the last token ended a physical line.
    private boolean atPhysicalLineStart = true;

    /*
     * Which U+FEFF is the byte order mark is decided here, after the match, and not with
     * lexer predicates: a predicate in a mode stops ANTLR from caching that mode's DFA start
     * state, and DEFAULT_MODE starts every line, so predicates there made the lexer simulate
     * its ATN for every line (most of the parse time; see bench/README.md). A U+FEFF that is
     * not the byte order mark becomes the first KEY_TEXT of a key, as systemd reads it.
     */
    // The lexer is reused from file to file (see UnitFileParser): setInputStream() calls reset().
    @Override
    public void reset() {
        super.reset();
        byteOrderMarkSeen = false;
        atPhysicalLineStart = true;
    }

    @Override
    public Token emit() {
        if (_type == BOM) {
            if (byteOrderMarkSeen || !atPhysicalLineStart) {
                _type = KEY_TEXT;
                mode(KEY);
            } else {
                byteOrderMarkSeen = true;
            }
        }
        Token token = super.emit();
        // The last character of the token, read from the input instead of copying the token's text.
        int last = _input.index() > _tokenStartCharIndex ? _input.LA(-1) : -1;
        atPhysicalLineStart = last == '\n' || last == '\r' || last == 0;
        return token;
    }
}

// read_line() ends a line at \n, \r, \0, or the pairs \r\n and \n\r (each optionally followed by \0).
fragment NL        : ( '\r\n' | '\n\r' | '\r' | '\n' ) '\u0000'? | '\u0000' ;
fragment BLANK     : [ \t] ;
// A backslash escapes the next character, so "\\" is text and never starts a continuation.
fragment ESCAPED   : '\\' ~[\r\n\u0000] ;
fragment COMMENT_LINE : BLANK* [#;] ~[\r\n\u0000]* ;

// ---- DEFAULT_MODE: the start of a logical line ----
// U+FEFF at the start of a logical line: the byte order mark, or (see emit()) a key character.
BOM                : '\uFEFF' -> mode(AFTER_BOM) ;
NEWLINE            : NL ;
INDENT             : BLANK+ ;
COMMENT            : [#;] ~[\r\n\u0000]* ;
// A physical line holding only a continuation: systemd joins it with the next line, which
// then decides what the logical line is. Treated as leading whitespace.
LEADING_CONTINUATION : BLANK* '\\' NL? ;
LBRACKET           : '[' -> mode(HEADER) ;
EQUALS             : '=' -> mode(VALUE) ;
KEY_TEXT           : ( ~[ \t\r\n\u0000#;[=\\\uFEFF] | ESCAPED ) ( ~[=\\\r\n\u0000] | ESCAPED )* -> mode(KEY) ;

// ---- first line after a UTF-8 byte order mark: systemd checks for comments before it
// strips the BOM, so '#' and ';' do not start a comment here, while '[' still starts a header.
mode AFTER_BOM;
AB_NEWLINE         : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;
AB_INDENT          : BLANK+ -> type(INDENT) ;
AB_CONTINUATION    : '\\' NL? -> type(LEADING_CONTINUATION), mode(DEFAULT_MODE) ;
AB_LBRACKET        : '[' -> type(LBRACKET), mode(HEADER) ;
AB_EQUALS          : '=' -> type(EQUALS), mode(VALUE) ;
AB_KEY_TEXT        : ( ~[ \t\r\n\u0000[=\\] | ESCAPED ) ( ~[=\\\r\n\u0000] | ESCAPED )* -> type(KEY_TEXT), mode(KEY) ;

// ---- KEY: the rest of the key, up to the first '=' ----
mode KEY;
K_TEXT             : ( ~[=\\\r\n\u0000] | ESCAPED )+ -> type(KEY_TEXT) ;
K_EQUALS           : '=' -> type(EQUALS), mode(VALUE) ;
CONTINUATION       : '\\' NL? -> mode(KEY_LINE_START) ;
K_NEWLINE          : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;

mode KEY_LINE_START;
CONTINUED_COMMENT  : COMMENT_LINE NL? ;
KL_CONTINUATION    : '\\' NL? -> type(CONTINUATION) ;
KL_NEWLINE         : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;
KL_EQUALS          : '=' -> type(EQUALS), mode(VALUE) ;
KL_TEXT            : ( ~[=\\\r\n\u0000] | ESCAPED )+ -> type(KEY_TEXT), mode(KEY) ;

// ---- VALUE: everything after the first '=' ----
mode VALUE;
VALUE_TEXT         : ( ~[\\\r\n\u0000] | ESCAPED )+ ;
V_CONTINUATION     : '\\' NL? -> type(CONTINUATION), mode(VALUE_LINE_START) ;
V_NEWLINE          : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;

mode VALUE_LINE_START;
VL_COMMENT         : COMMENT_LINE NL? -> type(CONTINUED_COMMENT) ;
VL_CONTINUATION    : '\\' NL? -> type(CONTINUATION) ;
VL_NEWLINE         : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;
VL_TEXT            : ( ~[\\\r\n\u0000] | ESCAPED )+ -> type(VALUE_TEXT), mode(VALUE) ;

// ---- HEADER: a section header after '[' ----
mode HEADER;
HEADER_TEXT        : ( ~[\]\\\r\n\u0000] | ESCAPED )+ ;
RBRACKET           : ']' ;
H_CONTINUATION     : '\\' NL? -> type(CONTINUATION), mode(HEADER_LINE_START) ;
H_NEWLINE          : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;

mode HEADER_LINE_START;
HL_COMMENT         : COMMENT_LINE NL? -> type(CONTINUED_COMMENT) ;
HL_CONTINUATION    : '\\' NL? -> type(CONTINUATION) ;
HL_NEWLINE         : NL -> type(NEWLINE), mode(DEFAULT_MODE) ;
HL_RBRACKET        : ']' -> type(RBRACKET), mode(HEADER) ;
HL_TEXT            : ( ~[\]\\\r\n\u0000] | ESCAPED )+ -> type(HEADER_TEXT), mode(HEADER) ;
