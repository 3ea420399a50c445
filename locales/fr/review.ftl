## La fiche de relecture clinique : pour le médecin de la clinique, pas pour les patients.

review-title = Scarwise : fiche de relecture clinique
review-intro = Cette fiche reprend tout ce que Scarwise dit aux patients dans cette langue : chaque phrase des leçons, chaque question avec sa bonne réponse et son explication, et la référence complète de chaque source sur laquelle elle repose. Elle est produite à partir des mêmes fichiers que l’application, elle correspond donc toujours à ce que voient les patients.
review-how = Pour relire : lisez chaque module, vérifiez chaque texte marqué par rapport à ses sources, puis signez le bloc de validation du module. Notez les changements souhaités dans « Changements demandés ».
review-change = Pour changer un texte, modifiez le message dont l’identifiant figure à côté, dans locales/<langue>/<module>.ftl (un fichier par langue ; gardez les nombres et les mots comme « environ » et « peut » dans toutes les langues). Les sources sont dans assets/content/sources.ron. Les nombres de jours et le téléphone de la clinique se règlent dans clinic.ron.
review-claim-legend = signale un texte qui contient un nombre ou une affirmation médicale : il doit reposer sur les sources indiquées dessous.
review-quiz = Quiz
review-other = Préparer la consultation : ce qu’il faut dire au médecin
review-col-part = Partie
review-col-text = Texte
review-col-id = Identifiant du message
review-role-title = Titre
review-role-paragraph = Texte de la leçon
review-role-prompt = Question
review-role-right = Bonne réponse
review-role-wrong = Mauvais choix
review-role-step = Étape (dans le bon ordre)
review-role-explanation = Explication
review-role-scene = Scène ou dessin
review-sources = Sources :
review-source-missing = (absente de la liste des références)
review-sign-off = Relu et approuvé pour nos patients
review-reviewer = Nom du médecin relecteur : ______________________
review-date = Date : ______________
review-signature = Signature : ______________________
review-changes = Changements demandés : ______________________________________________
review-link = Pour les cliniques : la fiche de relecture clinique
