// words.h: every word newsquiz itself says, in English, Spanish, French and German, from one
// table that the canvas, the HTML version and `newsquiz play` all use (through core/view.h), with
// a publisher's own words over it, and that the build hands to the loader for what it says before
// the module runs (scripts/build-loader.mjs); numbers, percents and dates written the way each language
// writes them; what a reader types read back as a number.
//
//   Lang lang = lang_from_tag("es-MX");                        // Lang::es
//   std::string s = fmt(str(Str::question_n_of_m, lang), {"3", "8"});  // "Pregunta 3 de 8"
//   format_date("2025-09-03", Lang::en);                       // "September 3, 2025"
//   Words w = words_for("pt", {&doc.strings});                 // a publisher's words over English
//
// Index of this file:
// [SECTION] Languages
// [SECTION] The table
// [SECTION] Publisher words
// [SECTION] Numbers and dates
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nq {

// [SECTION] Languages
enum class Lang { en, es, fr, de };
std::optional<Lang> built_in_lang(const std::string& bcp47);  // "es", "es-MX" -> es; "fr-CA" -> fr; "pt" -> none
Lang lang_from_tag(const std::string& bcp47);                 // built_in_lang(), else en

// [SECTION] The table: X(name, English, Spanish, French, German), one language a line.
// "{0}", "{1}" are filled by fmt(). Each language's typography: French puts a non-breaking space
// (\u00a0) before ":" and "%" and a narrow one (\u202f) before "?" "!" ";", and quotes with « »;
// German quotes with „…“. A translation keeps the English text's placeholders (unit-words.cpp).
#define NQ_WORDS(X)                                                                                 \
    X(cta_text,                                                                                     \
      "Take the full quiz to master this topic and track your progress.",                           \
      "Haz el cuestionario completo para dominar este tema y seguir tu progreso.",                  \
      "Faites le quiz complet pour maîtriser ce sujet et suivre vos progrès.",                      \
      "Machen Sie das ganze Quiz, um das Thema zu beherrschen und Ihren Fortschritt zu verfolgen.") \
    X(start_quiz,                                                                                   \
      "Start quiz",                                                                                 \
      "Empezar",                                                                                    \
      "Commencer le quiz",                                                                          \
      "Quiz starten")                                                                               \
    X(retake,                                                                                       \
      "Retake",                                                                                     \
      "Repetir",                                                                                    \
      "Recommencer",                                                                                \
      "Wiederholen")                                                                                \
    X(continue_quiz,                                                                                \
      "Continue quiz",                                                                              \
      "Continuar",                                                                                  \
      "Reprendre le quiz",                                                                          \
      "Quiz fortsetzen")                                                                            \
    X(your_score,                                                                                   \
      "Your score: {0} of {1} ({2})",                                                               \
      "Tu resultado: {0} de {1} ({2})",                                                             \
      "Votre score\u00a0: {0} sur {1} ({2})",                                                       \
      "Ihr Ergebnis: {0} von {1} ({2})")                                                            \
    X(quiz_title,                                                                                   \
      "Test your knowledge",                                                                        \
      "Pon a prueba lo que sabes",                                                                  \
      "Testez vos connaissances",                                                                   \
      "Testen Sie Ihr Wissen")                                                                      \
    X(quiz_questions_one,                                                                           \
      "The question of this quiz",                                                                  \
      "La pregunta de este cuestionario",                                                           \
      "La question de ce quiz",                                                                     \
      "Die Frage dieses Quiz")                                                                      \
    X(quiz_questions_many,                                                                          \
      "The {0} questions of this quiz",                                                             \
      "Las {0} preguntas de este cuestionario",                                                     \
      "Les {0} questions de ce quiz",                                                               \
      "Die {0} Fragen dieses Quiz")                                                                 \
    X(read_more,                                                                                    \
      "Read more",                                                                                  \
      "Leer más",                                                                                   \
      "Lire la suite",                                                                              \
      "Weiterlesen")                                                                                \
    X(read_less,                                                                                    \
      "Show less",                                                                                  \
      "Mostrar menos",                                                                              \
      "Réduire",                                                                                    \
      "Weniger anzeigen")                                                                           \
    X(more_sources,                                                                                 \
      "and {0} more sources",                                                                       \
      "y {0} fuentes más",                                                                          \
      "et {0} autres sources",                                                                      \
      "und {0} weitere Quellen")                                                                    \
    X(sources,                                                                                      \
      "Reported by",                                                                                \
      "Informan",                                                                                   \
      "Sources",                                                                                    \
      "Quellen")                                                                                    \
    X(topics,                                                                                       \
      "Topics",                                                                                     \
      "Temas",                                                                                      \
      "Thèmes",                                                                                     \
      "Themen")                                                                                     \
    X(what_you_can_do,                                                                              \
      "What you can do",                                                                            \
      "Qué puedes hacer",                                                                           \
      "Ce que vous pouvez faire",                                                                   \
      "Was Sie tun können")                                                                         \
    X(done,                                                                                         \
      "Done",                                                                                       \
      "Hecho",                                                                                      \
      "Fait",                                                                                       \
      "Erledigt")                                                                                   \
    X(done_label,                                                                                   \
      "Done: action {0}",                                                                           \
      "Hecho: acción {0}",                                                                          \
      "Fait\u00a0: action {0}",                                                                     \
      "Erledigt: Aktion {0}")                                                                       \
    X(question_n_of_m,                                                                              \
      "Question {0} of {1}",                                                                        \
      "Pregunta {0} de {1}",                                                                        \
      "Question {0} sur {1}",                                                                       \
      "Frage {0} von {1}")                                                                          \
    X(n_of_m,                                                                                       \
      "{0} of {1}",                                                                                 \
      "{0} de {1}",                                                                                 \
      "{0} sur {1}",                                                                                \
      "{0} von {1}")                                                                                \
    X(time_left,                                                                                    \
      "Time left {0}",                                                                              \
      "Tiempo restante {0}",                                                                        \
      "Temps restant {0}",                                                                          \
      "Verbleibende Zeit {0}")                                                                      \
    X(select_all,                                                                                   \
      "Select all that apply.",                                                                     \
      "Elige todas las que correspondan.",                                                          \
      "Sélectionnez toutes les bonnes réponses.",                                                   \
      "Wählen Sie alle zutreffenden Antworten.")                                                    \
    X(true_,                                                                                        \
      "True",                                                                                       \
      "Verdadero",                                                                                  \
      "Vrai",                                                                                       \
      "Wahr")                                                                                       \
    X(false_,                                                                                       \
      "False",                                                                                      \
      "Falso",                                                                                      \
      "Faux",                                                                                       \
      "Falsch")                                                                                     \
    X(your_answer,                                                                                  \
      "Your answer",                                                                                \
      "Tu respuesta",                                                                               \
      "Votre réponse",                                                                              \
      "Ihre Antwort")                                                                               \
    X(enter_number,                                                                                 \
      "Enter a number",                                                                             \
      "Escribe un número",                                                                          \
      "Saisissez un nombre",                                                                        \
      "Zahl eingeben")                                                                              \
    X(not_a_number,                                                                                 \
      "Enter a number, such as 12 or 3.5.",                                                         \
      "Escribe un número, como 12 o 3,5.",                                                          \
      "Saisissez un nombre, par exemple 12 ou 3,5.",                                                \
      "Geben Sie eine Zahl ein, etwa 12 oder 3,5.")                                                 \
    X(type_answer,                                                                                  \
      "Type your answer",                                                                           \
      "Escribe tu respuesta",                                                                       \
      "Saisissez votre réponse",                                                                    \
      "Antwort eingeben")                                                                           \
    X(order_hint,                                                                                   \
      "Drag the items, or use the arrows, to put them in order.",                                   \
      "Arrastra los elementos, o usa las flechas, para ordenarlos.",                                \
      "Faites glisser les éléments, ou utilisez les flèches, pour les remettre dans l’ordre.",      \
      "Ziehen Sie die Einträge oder nutzen Sie die Pfeile, um sie zu ordnen.")                      \
    X(move_up,                                                                                      \
      "Move up: {0}",                                                                               \
      "Subir: {0}",                                                                                 \
      "Monter\u00a0: {0}",                                                                          \
      "Nach oben: {0}")                                                                             \
    X(move_down,                                                                                    \
      "Move down: {0}",                                                                             \
      "Bajar: {0}",                                                                                 \
      "Descendre\u00a0: {0}",                                                                       \
      "Nach unten: {0}")                                                                            \
    X(match_hint,                                                                                   \
      "Choose the match for each item.",                                                            \
      "Elige la pareja de cada elemento.",                                                          \
      "Associez chaque élément à sa réponse.",                                                      \
      "Wählen Sie zu jedem Eintrag das passende Gegenstück.")                                       \
    X(choose,                                                                                       \
      "Choose…",                                                                                    \
      "Elige…",                                                                                     \
      "Choisir…",                                                                                   \
      "Auswählen…")                                                                                 \
    X(submit,                                                                                       \
      "Submit",                                                                                     \
      "Enviar",                                                                                     \
      "Valider",                                                                                    \
      "Absenden")                                                                                   \
    X(next,                                                                                         \
      "Next",                                                                                       \
      "Siguiente",                                                                                  \
      "Suivant",                                                                                    \
      "Weiter")                                                                                     \
    X(see_results,                                                                                  \
      "See results",                                                                                \
      "Ver resultados",                                                                             \
      "Voir les résultats",                                                                         \
      "Zum Ergebnis")                                                                               \
    X(correct,                                                                                      \
      "Correct",                                                                                    \
      "Correcto",                                                                                   \
      "Bonne réponse",                                                                              \
      "Richtig")                                                                                    \
    X(incorrect,                                                                                    \
      "Not quite",                                                                                  \
      "No es correcto",                                                                             \
      "Pas tout à fait",                                                                            \
      "Nicht ganz")                                                                                 \
    X(partly,                                                                                       \
      "Partly correct",                                                                             \
      "Parcialmente correcto",                                                                      \
      "En partie correct",                                                                          \
      "Teilweise richtig")                                                                          \
    X(points_one,                                                                                   \
      "{0} of {1} point",                                                                           \
      "{0} de {1} punto",                                                                           \
      "{0} point sur {1}",                                                                          \
      "{0} von {1} Punkt")                                                                          \
    X(points_many,                                                                                  \
      "{0} of {1} points",                                                                          \
      "{0} de {1} puntos",                                                                          \
      "{0} points sur {1}",                                                                         \
      "{0} von {1} Punkten")                                                                        \
    X(percent,                                                                                      \
      "{0}%",                                                                                       \
      "{0} %",                                                                                      \
      "{0}\u00a0%",                                                                                 \
      "{0}\u00a0%")                                                                                 \
    X(results_title,                                                                                \
      "Your result",                                                                                \
      "Tu resultado",                                                                               \
      "Votre résultat",                                                                             \
      "Ihr Ergebnis")                                                                               \
    X(passed,                                                                                       \
      "Passed",                                                                                     \
      "Aprobado",                                                                                   \
      "Réussi",                                                                                     \
      "Bestanden")                                                                                  \
    X(not_passed,                                                                                   \
      "Not passed",                                                                                 \
      "No aprobado",                                                                                \
      "Non réussi",                                                                                 \
      "Nicht bestanden")                                                                            \
    X(time_up,                                                                                      \
      "Time ran out.",                                                                              \
      "Se acabó el tiempo.",                                                                        \
      "Le temps est écoulé.",                                                                       \
      "Die Zeit ist abgelaufen.")                                                                   \
    X(review_title,                                                                                 \
      "Your answers",                                                                               \
      "Tus respuestas",                                                                             \
      "Vos réponses",                                                                               \
      "Ihre Antworten")                                                                             \
    X(review_button,                                                                                \
      "Review answers",                                                                             \
      "Revisar respuestas",                                                                         \
      "Revoir les réponses",                                                                        \
      "Antworten ansehen")                                                                          \
    X(question_n,                                                                                   \
      "Question {0}",                                                                               \
      "Pregunta {0}",                                                                               \
      "Question {0}",                                                                               \
      "Frage {0}")                                                                                  \
    X(correct_answer,                                                                               \
      "Correct answer",                                                                             \
      "Respuesta correcta",                                                                         \
      "Réponse correcte",                                                                           \
      "Richtige Antwort")                                                                           \
    X(no_answer,                                                                                    \
      "No answer",                                                                                  \
      "Sin respuesta",                                                                              \
      "Pas de réponse",                                                                             \
      "Keine Antwort")                                                                              \
    X(retry,                                                                                        \
      "Try again",                                                                                  \
      "Intentar de nuevo",                                                                          \
      "Réessayer",                                                                                  \
      "Noch einmal versuchen")                                                                      \
    X(copy_result,                                                                                  \
      "Copy result",                                                                                \
      "Copiar resultado",                                                                           \
      "Copier le résultat",                                                                         \
      "Ergebnis kopieren")                                                                          \
    X(copied,                                                                                       \
      "Copied",                                                                                     \
      "Copiado",                                                                                    \
      "Copié",                                                                                      \
      "Kopiert")                                                                                    \
    X(share_text,                                                                                   \
      "I scored {0}/{1} on \"{2}\"",                                                                \
      "Obtuve {0}/{1} en «{2}»",                                                                    \
      "J’ai obtenu {0}/{1} au quiz «\u00a0{2}\u00a0»",                                              \
      "Ich habe {0}/{1} bei „{2}“ erreicht")                                                        \
    X(announce_answer,                                                                              \
      "{0}. {1}.",                                                                                  \
      "{0}. {1}.",                                                                                  \
      "{0}. {1}.",                                                                                  \
      "{0}. {1}.")                                                                                  \
    X(announce_results,                                                                             \
      "You scored {0} of {1} ({2}). {3}.",                                                          \
      "Obtuviste {0} de {1} ({2}). {3}.",                                                           \
      "Vous avez obtenu {0} sur {1} ({2}). {3}.",                                                   \
      "Sie haben {0} von {1} erreicht ({2}). {3}.")                                                 \
    X(back_to_article,                                                                              \
      "Back to the article",                                                                        \
      "Volver al artículo",                                                                         \
      "Retour à l’article",                                                                         \
      "Zurück zum Artikel")                                                                         \
    X(back_to_results,                                                                              \
      "Back to results",                                                                            \
      "Volver a los resultados",                                                                    \
      "Retour aux résultats",                                                                       \
      "Zurück zum Ergebnis")                                                                        \
    X(error_title,                                                                                  \
      "This quiz could not be loaded",                                                              \
      "No se pudo cargar este cuestionario",                                                        \
      "Ce quiz n’a pas pu être chargé",                                                             \
      "Dieses Quiz konnte nicht geladen werden")                                                    \
    X(error_body,                                                                                   \
      "Something in it is not right. Please try again later.",                                      \
      "Algo no está bien en su contenido. Vuelve a intentarlo más tarde.",                          \
      "Son contenu comporte une erreur. Veuillez réessayer plus tard.",                             \
      "Etwas daran stimmt nicht. Bitte versuchen Sie es später noch einmal.")                       \
    X(error_load,                                                                                   \
      "Check your connection and try again.",                                                       \
      "Comprueba tu conexión y vuelve a intentarlo.",                                               \
      "Vérifiez votre connexion et réessayez.",                                                     \
      "Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.")                               \
    X(progress_unsaved,                                                                             \
      "Your progress could not be saved on this device. It is kept until you close this page.",     \
      "No se pudo guardar tu progreso en este dispositivo. Se conserva hasta que cierres esta página.", \
      "Vos progrès n’ont pas pu être enregistrés sur cet appareil. Ils sont gardés jusqu’à la fermeture de cette page.", \
      "Ihr Fortschritt konnte auf diesem Gerät nicht gespeichert werden. Er bleibt erhalten, bis Sie diese Seite schließen.") \
    X(progress_title,                                                                               \
      "Your progress",                                                                              \
      "Tu progreso",                                                                                \
      "Vos progrès",                                                                                \
      "Ihr Fortschritt")                                                                            \
    X(your_progress,                                                                                \
      "Your progress",                                                                              \
      "Tu progreso",                                                                                \
      "Vos progrès",                                                                                \
      "Ihr Fortschritt")                                                                            \
    X(best_score,                                                                                   \
      "Your best: {0} of {1} ({2})",                                                                \
      "Tu mejor resultado: {0} de {1} ({2})",                                                       \
      "Votre meilleur score\u00a0: {0} sur {1} ({2})",                                              \
      "Ihr bestes Ergebnis: {0} von {1} ({2})")                                                     \
    X(review_due_one,                                                                               \
      "Review 1 question due",                                                                      \
      "Repasar 1 pregunta pendiente",                                                               \
      "Réviser 1 question en attente",                                                              \
      "1 fällige Frage wiederholen")                                                                \
    X(review_due_many,                                                                              \
      "Review {0} questions due",                                                                   \
      "Repasar {0} preguntas pendientes",                                                           \
      "Réviser {0} questions en attente",                                                           \
      "{0} fällige Fragen wiederholen")                                                             \
    X(review_session_title,                                                                         \
      "Review",                                                                                     \
      "Repaso",                                                                                     \
      "Révision",                                                                                   \
      "Wiederholung")                                                                               \
    X(review_done,                                                                                  \
      "Review finished",                                                                            \
      "Repaso terminado",                                                                           \
      "Révision terminée",                                                                          \
      "Wiederholung beendet")                                                                       \
    X(level_not_started,                                                                            \
      "not started",                                                                                \
      "sin empezar",                                                                                \
      "pas commencé",                                                                               \
      "nicht begonnen")                                                                             \
    X(level_familiar,                                                                               \
      "familiar",                                                                                   \
      "familiarizado",                                                                              \
      "familiarisé",                                                                                \
      "vertraut")                                                                                   \
    X(level_proficient,                                                                             \
      "proficient",                                                                                 \
      "competente",                                                                                 \
      "compétent",                                                                                  \
      "sicher")                                                                                     \
    X(level_mastered,                                                                               \
      "mastered",                                                                                   \
      "dominado",                                                                                   \
      "maîtrisé",                                                                                   \
      "gemeistert")                                                                                 \
    X(topic_level,                                                                                  \
      "{0}: {1}",                                                                                   \
      "{0}: {1}",                                                                                   \
      "{0}\u00a0: {1}",                                                                             \
      "{0}: {1}")                                                                                   \
    X(topic_change,                                                                                 \
      "{0}: {1} → {2}",                                                                             \
      "{0}: {1} → {2}",                                                                             \
      "{0}\u00a0: {1} → {2}",                                                                       \
      "{0}: {1} → {2}")                                                                             \
    X(mastery_title,                                                                                \
      "Topics",                                                                                     \
      "Temas",                                                                                      \
      "Thèmes",                                                                                     \
      "Themen")                                                                                     \
    X(streak_days_one,                                                                              \
      "1-day streak",                                                                               \
      "Racha de 1 día",                                                                             \
      "Série de 1 jour",                                                                            \
      "1 Tag in Folge")                                                                             \
    X(streak_days_many,                                                                             \
      "{0}-day streak",                                                                             \
      "Racha de {0} días",                                                                          \
      "Série de {0} jours",                                                                         \
      "{0} Tage in Folge")                                                                          \
    X(streak_none,                                                                                  \
      "No current streak",                                                                          \
      "Sin racha actual",                                                                           \
      "Aucune série en cours",                                                                      \
      "Derzeit keine Serie")                                                                        \
    X(streak_longest_one,                                                                           \
      "Longest: 1 day",                                                                             \
      "Récord: 1 día",                                                                              \
      "Record\u00a0: 1 jour",                                                                       \
      "Rekord: 1 Tag")                                                                              \
    X(streak_longest,                                                                               \
      "Longest: {0} days",                                                                          \
      "Récord: {0} días",                                                                           \
      "Record\u00a0: {0} jours",                                                                    \
      "Rekord: {0} Tage")                                                                           \
    X(recent_scores,                                                                                \
      "Recent scores",                                                                              \
      "Resultados recientes",                                                                       \
      "Scores récents",                                                                             \
      "Letzte Ergebnisse")                                                                          \
    X(recent_scores_list,                                                                           \
      "Recent scores: {0}",                                                                         \
      "Resultados recientes: {0}",                                                                  \
      "Scores récents\u00a0: {0}",                                                                  \
      "Letzte Ergebnisse: {0}")                                                                     \
    X(no_attempts,                                                                                  \
      "Take a quiz to see your progress here.",                                                     \
      "Haz un cuestionario para ver aquí tu progreso.",                                             \
      "Faites un quiz pour voir vos progrès ici.",                                                  \
      "Machen Sie ein Quiz, um hier Ihren Fortschritt zu sehen.")                                   \
    X(totals,                                                                                       \
      "{0}, {1}",                                                                                   \
      "{0}, {1}",                                                                                   \
      "{0}, {1}",                                                                                   \
      "{0}, {1}")                                                                                   \
    X(articles_one,                                                                                 \
      "1 article",                                                                                  \
      "1 artículo",                                                                                 \
      "1 article",                                                                                  \
      "1 Artikel")                                                                                  \
    X(articles_many,                                                                                \
      "{0} articles",                                                                               \
      "{0} artículos",                                                                              \
      "{0} articles",                                                                               \
      "{0} Artikel")                                                                                \
    X(quizzes_one,                                                                                  \
      "1 quiz taken",                                                                               \
      "1 cuestionario hecho",                                                                       \
      "1 quiz terminé",                                                                             \
      "1 Quiz absolviert")                                                                          \
    X(quizzes_many,                                                                                 \
      "{0} quizzes taken",                                                                          \
      "{0} cuestionarios hechos",                                                                   \
      "{0} quiz terminés",                                                                          \
      "{0} Quiz absolviert")                                                                        \
    X(nothing_due,                                                                                  \
      "Nothing is due for review today.",                                                           \
      "Hoy no hay nada pendiente de repaso.",                                                       \
      "Rien à réviser aujourd’hui.",                                                                \
      "Heute steht nichts zur Wiederholung an.")                                                    \
    X(topic_figure,                                                                                 \
      "{0}: {1} ({2} → {3})",                                                                       \
      "{0}: {1} ({2} → {3})",                                                                       \
      "{0}\u00a0: {1} ({2} → {3})",                                                                 \
      "{0}: {1} ({2} → {3})")                                                                       \
    X(topic_level_figure,                                                                           \
      "{0}: {1} ({2})",                                                                             \
      "{0}: {1} ({2})",                                                                             \
      "{0}\u00a0: {1} ({2})",                                                                       \
      "{0}: {1} ({2})")                                                                             \
    X(review_counter,                                                                               \
      "Review · Question {0} of {1}",                                                               \
      "Repaso · Pregunta {0} de {1}",                                                               \
      "Révision · Question {0} sur {1}",                                                            \
      "Wiederholung · Frage {0} von {1}")                                                           \
    X(review_from,                                                                                  \
      "From: {0}",                                                                                  \
      "De: {0}",                                                                                    \
      "Tiré de\u00a0: {0}",                                                                         \
      "Aus: {0}")                                                                                   \
    X(announce_review,                                                                              \
      "You scored {0} of {1} ({2}).",                                                               \
      "Obtuviste {0} de {1} ({2}).",                                                                \
      "Vous avez obtenu {0} sur {1} ({2}).",                                                        \
      "Sie haben {0} von {1} erreicht ({2}).")                                                      \
    X(consent_prompt,                                                                               \
      "Keep my progress on this device?",                                                           \
      "¿Guardar mi progreso en este dispositivo?",                                                  \
      "Conserver mes progrès sur cet appareil\u202f?",                                              \
      "Meinen Fortschritt auf diesem Gerät speichern?")                                             \
    X(yes,                                                                                          \
      "Yes",                                                                                        \
      "Sí",                                                                                         \
      "Oui",                                                                                        \
      "Ja")                                                                                         \
    X(no,                                                                                           \
      "No",                                                                                         \
      "No",                                                                                         \
      "Non",                                                                                        \
      "Nein")                                                                                       \
    X(download_progress,                                                                            \
      "Download my progress",                                                                       \
      "Descargar mi progreso",                                                                      \
      "Télécharger mes progrès",                                                                    \
      "Meinen Fortschritt herunterladen")                                                           \
    X(delete_progress,                                                                              \
      "Delete my progress",                                                                         \
      "Borrar mi progreso",                                                                         \
      "Effacer mes progrès",                                                                        \
      "Meinen Fortschritt löschen")                                                                 \
    X(delete_prompt,                                                                                \
      "Delete all progress on this device?",                                                        \
      "¿Borrar todo el progreso de este dispositivo?",                                              \
      "Effacer tous les progrès enregistrés sur cet appareil\u202f?",                               \
      "Den gesamten Fortschritt auf diesem Gerät löschen?")                                         \
    X(delete_,                                                                                      \
      "Delete",                                                                                     \
      "Borrar",                                                                                     \
      "Effacer",                                                                                    \
      "Löschen")                                                                                    \
    X(cancel,                                                                                       \
      "Cancel",                                                                                     \
      "Cancelar",                                                                                   \
      "Annuler",                                                                                    \
      "Abbrechen")                                                                                  \
    X(shared_copied,                                                                                \
      "Result copied to the clipboard.",                                                            \
      "Resultado copiado al portapapeles.",                                                         \
      "Résultat copié dans le presse-papiers.",                                                     \
      "Ergebnis in die Zwischenablage kopiert.")                                                    \
    X(others_right,                                                                                 \
      "{0} of readers got this right",                                                              \
      "El {0} de los lectores acertó",                                                              \
      "{0} des lecteurs ont trouvé la bonne réponse",                                               \
      "{0} der Leser lagen richtig")                                                                \
    X(others_beaten,                                                                                \
      "You did better than {0} of readers",                                                         \
      "Lo hiciste mejor que el {0} de los lectores",                                                \
      "Vous avez fait mieux que {0} des lecteurs",                                                  \
      "Sie waren besser als {0} der Leser")

enum class Str {
#define NQ_WORD_ENUM(name, en, es, fr, de) name,
    NQ_WORDS(NQ_WORD_ENUM)
#undef NQ_WORD_ENUM
        count
};

const char* str(Str s, Lang lang);
const char* str_name(Str s);                          // "start_quiz": the key a publisher writes
std::optional<Str> str_from_name(std::string_view name);  // "start_quiz" -> Str::start_quiz

// The placeholders a text holds, each once, in order: "{1} of {0}" -> "{0} {1}"; "" = none.
std::string placeholders(std::string_view text);

// Replaces "{0}", "{1}", ... with the arguments, in any order; unknown markers stay as they are.
std::string fmt(const char* pattern, std::initializer_list<std::string> args);

// [SECTION] Publisher words
// A publisher's own words for one language (a document's `strings`, or the widget's strings file,
// read by document.h's load_strings): the text of each key it gives, "" for the others.
struct WordSet {
    std::string tag;                // BCP 47 as written: "fr", "pt-BR"
    std::vector<std::string> text;  // Str::count entries, "" = the built-in word
};
using PublisherWords = std::vector<WordSet>;

// The words of one view: the publisher's for its language key by key, else the built-in table.
struct Words {
    Lang lang = Lang::en;                  // the built-in table, and how numbers and dates read
    std::vector<const std::string*> own;   // Str::count entries (or none); nullptr = built-in
};

// For the tag "fr-CA": the sets tagged "fr-CA", then those tagged "fr" (any case), of each source
// in turn; for each key the first text found wins. The sources must outlive the Words.
Words words_for(const std::string& tag, std::initializer_list<const PublisherWords*> sources);
const char* str(Str s, const Words& words);

// [SECTION] Numbers and dates
// At most two decimals, trailing zeros dropped; "1.5" / "1,5" (es, fr, de). Never a locale's grouping.
std::string format_number(double value, Lang lang);
// A percent as a reader sees it: cut (never rounded up) to one decimal, so a score short of a
// mark never reads as reaching it: 69.96 -> "69.9%", 70 -> "70%", 81.25 -> "81.2 %" (es).
std::string percent_text(double percent, Lang lang);
// A number in messages and data text: whole numbers in full ("100"), others in the shortest form
// that reads back as the same double ("2.5", "0.1", "1e+300"). Not localized.
std::string number_text(double x);
// "September 3, 2025" / "3 de septiembre de 2025" / "3 septembre 2025" ("1er janvier") /
// "3. September 2025"; the input as it is when it is not YYYY-MM-DD.
std::string format_date(const std::string& yyyy_mm_dd, Lang lang);
// "4:05" for a count of seconds (negative counts as 0).
std::string format_duration(int seconds);
// The same, in the words' language (a publisher's percent pattern included).
std::string format_number(double value, const Words& words);
std::string percent_text(double percent, const Words& words);
std::string format_date(const std::string& yyyy_mm_dd, const Words& words);
// What a reader types into a numeric field: "3", "-2.5", "3,5", " 12 "; nullopt when it is not one.
std::optional<double> parse_number(const std::string& text);

}  // namespace nq
