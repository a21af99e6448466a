// words.h: every word newsquiz itself says, in English and Spanish, from one table that the
// canvas, the HTML version and `newsquiz play` all use (through core/view.h), and that the build
// hands to the loader for what it says before the module runs (scripts/build-loader.mjs); numbers, percents
// and dates written the way each language writes them; what a reader types read back as a number.
//
//   Lang lang = lang_from_tag("es-MX");                        // Lang::es
//   std::string s = fmt(str(Str::question_n_of_m, lang), {"3", "8"});  // "Pregunta 3 de 8"
//   format_date("2025-09-03", Lang::en);                       // "September 3, 2025"
//
// Index of this file:
// [SECTION] Languages
// [SECTION] The table
// [SECTION] Numbers and dates
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

namespace nq {

// [SECTION] Languages
enum class Lang { en, es };
Lang lang_from_tag(const std::string& bcp47);  // "es", "es-MX" -> es; anything else -> en

// [SECTION] The table: X(name, English, Spanish). "{0}", "{1}" are filled by fmt().
#define NQ_WORDS(X)                                                                                       \
    X(cta_text, "Take the full quiz to master this topic and track your progress.",                            \
      "Haz el cuestionario completo para dominar este tema y seguir tu progreso.")                              \
    X(start_quiz, "Start quiz", "Empezar")                                                                    \
    X(retake, "Retake", "Repetir")                                                                            \
    X(continue_quiz, "Continue quiz", "Continuar")                                                                            \
    X(your_score, "Your score: {0} of {1} ({2})", "Tu resultado: {0} de {1} ({2})")                          \
    X(quiz_title, "Test your knowledge", "Pon a prueba lo que sabes")                                        \
    X(quiz_questions_one, "The question of this quiz", "La pregunta de este cuestionario")                   \
    X(quiz_questions_many, "The {0} questions of this quiz", "Las {0} preguntas de este cuestionario")       \
    X(read_more, "Read more", "Leer más")                                                                     \
    X(read_less, "Show less", "Mostrar menos")                                                                \
    X(more_sources, "and {0} more sources", "y {0} fuentes más")                                             \
    X(sources, "Reported by", "Informan")                                                                     \
    X(topics, "Topics", "Temas")                                                                              \
    X(what_you_can_do, "What you can do", "Qué puedes hacer")                                                \
    X(done, "Done", "Hecho")                                                                                  \
    X(done_label, "Done: action {0}", "Hecho: acción {0}")                                                   \
    X(question_n_of_m, "Question {0} of {1}", "Pregunta {0} de {1}")                                         \
    X(n_of_m, "{0} of {1}", "{0} de {1}")                                                                     \
    X(time_left, "Time left {0}", "Tiempo restante {0}")                                                      \
    X(select_all, "Select all that apply.", "Elige todas las que correspondan.")                             \
    X(true_, "True", "Verdadero")                                                                             \
    X(false_, "False", "Falso")                                                                               \
    X(your_answer, "Your answer", "Tu respuesta")                                                             \
    X(enter_number, "Enter a number", "Escribe un número")                                                    \
    X(not_a_number, "Enter a number, such as 12 or 3.5.", "Escribe un número, como 12 o 3,5.")               \
    X(type_answer, "Type your answer", "Escribe tu respuesta")                                                \
    X(order_hint, "Drag the items, or use the arrows, to put them in order.",                                 \
      "Arrastra los elementos, o usa las flechas, para ordenarlos.")                                          \
    X(move_up, "Move up: {0}", "Subir: {0}")                                                                  \
    X(move_down, "Move down: {0}", "Bajar: {0}")                                                              \
    X(match_hint, "Choose the match for each item.", "Elige la pareja de cada elemento.")                    \
    X(choose, "Choose…", "Elige…")                                                                            \
    X(submit, "Submit", "Enviar")                                                                             \
    X(next, "Next", "Siguiente")                                                                              \
    X(see_results, "See results", "Ver resultados")                                                           \
    X(correct, "Correct", "Correcto")                                                                         \
    X(incorrect, "Not quite", "No es correcto")                                                               \
    X(partly, "Partly correct", "Parcialmente correcto")                                                      \
    X(points_one, "{0} of {1} point", "{0} de {1} punto")                                                     \
    X(points_many, "{0} of {1} points", "{0} de {1} puntos")                                                  \
    X(percent, "{0}%", "{0} %")                                                                               \
    X(results_title, "Your result", "Tu resultado")                                                           \
    X(passed, "Passed", "Aprobado")                                                                           \
    X(not_passed, "Not passed", "No aprobado")                                                                \
    X(time_up, "Time ran out.", "Se acabó el tiempo.")                                                        \
    X(review_title, "Your answers", "Tus respuestas")                                                         \
    X(review_button, "Review answers", "Revisar respuestas")                                                  \
    X(question_n, "Question {0}", "Pregunta {0}")                                                             \
    X(correct_answer, "Correct answer", "Respuesta correcta")                                                 \
    X(no_answer, "No answer", "Sin respuesta")                                                                \
    X(retry, "Try again", "Intentar de nuevo")                                                                \
    X(copy_result, "Copy result", "Copiar resultado")                                                         \
    X(copied, "Copied", "Copiado")                                                                            \
    X(share_text, "I scored {0}/{1} on \"{2}\"", "Obtuve {0}/{1} en «{2}»")                                  \
    X(announce_answer, "{0}. {1}.", "{0}. {1}.")                                                              \
    X(announce_results, "You scored {0} of {1} ({2}). {3}.", "Obtuviste {0} de {1} ({2}). {3}.")             \
    X(back_to_article, "Back to the article", "Volver al artículo")                                          \
    X(back_to_results, "Back to results", "Volver a los resultados")                                         \
    X(error_title, "This quiz could not be loaded", "No se pudo cargar este cuestionario")                   \
    X(error_body, "Something in it is not right. Please try again later.",                                   \
      "Algo no está bien en su contenido. Vuelve a intentarlo más tarde.")                                    \
    X(error_load, "Check your connection and try again.", "Comprueba tu conexión y vuelve a intentarlo.")    \
    X(progress_unsaved, "Your progress could not be saved on this device. It is kept until you close this page.", \
      "No se pudo guardar tu progreso en este dispositivo. Se conserva hasta que cierres esta página.")      \
    X(progress_title, "Your progress", "Tu progreso")                                                        \
    X(your_progress, "Your progress", "Tu progreso")                                                         \
    X(best_score, "Your best: {0} of {1} ({2})", "Tu mejor resultado: {0} de {1} ({2})")                     \
    X(review_due_one, "Review 1 question due", "Repasar 1 pregunta pendiente")                               \
    X(review_due_many, "Review {0} questions due", "Repasar {0} preguntas pendientes")                       \
    X(review_session_title, "Review", "Repaso")                                                              \
    X(review_done, "Review finished", "Repaso terminado")                                                    \
    X(level_not_started, "not started", "sin empezar")                                                       \
    X(level_familiar, "familiar", "familiarizado")                                                           \
    X(level_proficient, "proficient", "competente")                                                          \
    X(level_mastered, "mastered", "dominado")                                                                \
    X(topic_level, "{0}: {1}", "{0}: {1}")                                                                   \
    X(topic_change, "{0}: {1} → {2}", "{0}: {1} → {2}")                                                      \
    X(mastery_title, "Topics", "Temas")                                                                      \
    X(streak_days_one, "1-day streak", "Racha de 1 día")                                                     \
    X(streak_days_many, "{0}-day streak", "Racha de {0} días")                                               \
    X(streak_none, "No current streak", "Sin racha actual")                                                  \
    X(streak_longest_one, "Longest: 1 day", "Récord: 1 día")                                                 \
    X(streak_longest, "Longest: {0} days", "Récord: {0} días")                                               \
    X(recent_scores, "Recent scores", "Resultados recientes")                                                \
    X(recent_scores_list, "Recent scores: {0}", "Resultados recientes: {0}")                                 \
    X(no_attempts, "Take a quiz to see your progress here.", "Haz un cuestionario para ver aquí tu progreso.") \
    X(totals, "{0}, {1}", "{0}, {1}")                                                                        \
    X(articles_one, "1 article", "1 artículo")                                                               \
    X(articles_many, "{0} articles", "{0} artículos")                                                        \
    X(quizzes_one, "1 quiz taken", "1 cuestionario hecho")                                                   \
    X(quizzes_many, "{0} quizzes taken", "{0} cuestionarios hechos")                                         \
    X(nothing_due, "Nothing is due for review today.", "Hoy no hay nada pendiente de repaso.")               \
    X(topic_figure, "{0}: {1} ({2} → {3})", "{0}: {1} ({2} → {3})")                                          \
    X(topic_level_figure, "{0}: {1} ({2})", "{0}: {1} ({2})")                                                \
    X(review_counter, "Review · Question {0} of {1}", "Repaso · Pregunta {0} de {1}")                        \
    X(review_from, "From: {0}", "De: {0}")                                                                   \
    X(announce_review, "You scored {0} of {1} ({2}).", "Obtuviste {0} de {1} ({2}).") \
    X(consent_prompt, "Keep my progress on this device?", "¿Guardar mi progreso en este dispositivo?")        \
    X(yes, "Yes", "Sí")                                                                                       \
    X(no, "No", "No")                                                                                         \
    X(download_progress, "Download my progress", "Descargar mi progreso")                                    \
    X(delete_progress, "Delete my progress", "Borrar mi progreso")                                           \
    X(delete_prompt, "Delete all progress on this device?", "¿Borrar todo el progreso de este dispositivo?") \
    X(delete_, "Delete", "Borrar")                                                                            \
    X(cancel, "Cancel", "Cancelar")                                                                           \
    X(shared_copied, "Result copied to the clipboard.", "Resultado copiado al portapapeles.") \
    X(others_right, "{0} of readers got this right", "El {0} de los lectores acertó")                        \
    X(others_beaten, "You did better than {0} of readers", "Lo hiciste mejor que el {0} de los lectores")

enum class Str {
#define NQ_WORD_ENUM(name, en, es) name,
    NQ_WORDS(NQ_WORD_ENUM)
#undef NQ_WORD_ENUM
        count
};

const char* str(Str s, Lang lang);

// Replaces "{0}", "{1}", ... with the arguments, in any order; unknown markers stay as they are.
std::string fmt(const char* pattern, std::initializer_list<std::string> args);

// [SECTION] Numbers and dates
// At most two decimals, trailing zeros dropped; "1.5" / "1,5". Never a locale's grouping.
std::string format_number(double value, Lang lang);
// A percent as a reader sees it: cut (never rounded up) to one decimal, so a score short of a
// mark never reads as reaching it: 69.96 -> "69.9%", 70 -> "70%", 81.25 -> "81.2 %" (es).
std::string percent_text(double percent, Lang lang);
// A number in messages and data text: whole numbers in full ("100"), others in the shortest form
// that reads back as the same double ("2.5", "0.1", "1e+300"). Not localized.
std::string number_text(double x);
// "September 3, 2025" / "3 de septiembre de 2025"; the input as it is when it is not YYYY-MM-DD.
std::string format_date(const std::string& yyyy_mm_dd, Lang lang);
// "4:05" for a count of seconds (negative counts as 0).
std::string format_duration(int seconds);
// What a reader types into a numeric field: "3", "-2.5", "3,5", " 12 "; nullopt when it is not one.
std::optional<double> parse_number(const std::string& text);

}  // namespace nq
