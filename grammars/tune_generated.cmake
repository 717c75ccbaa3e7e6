# Run by `cmake -P` after ANTLR generation, with DIR and PREFIX set.
# Fails the build early and clearly when the tool produced nothing.
foreach(part Lexer Parser)
  if(NOT EXISTS ${DIR}/${PREFIX}${part}.cpp)
    message(FATAL_ERROR "ANTLR did not generate ${DIR}/${PREFIX}${part}.cpp")
  endif()
endforeach()

# The generated rules guard their exit with antlrcpp::finally, which wraps the lambda in a
# std::function on every rule invocation; parser/common/rule_context.h (included by both
# grammars) has the same guard as a template.
file(READ ${DIR}/${PREFIX}Parser.cpp parser_code)
string(REPLACE "auto onExit = finally(" "auto onExit = barge::parser::scopeExit("
       parser_code "${parser_code}")
file(WRITE ${DIR}/${PREFIX}Parser.cpp "${parser_code}")
