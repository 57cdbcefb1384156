Bonjour ${recipientName},

La convention ${reference} de ${structureName} est signée par la structure, le préfet et France Travail.
Elle court du ${start} au ${end}.

  ETP d'insertion conventionnés : ${agreedFte}
  Total du plan de financement : ${planTotal}

Vous trouverez la convention signée en pièce jointe (PDF). Elle reste disponible dans votre espace, avec
l'historique de la convention :
${documentUrl}

Les premiers bilans de suivi vous seront demandés sur la plateforme au cours de la convention.

--
Message envoyé automatiquement par la plateforme de conventionnement des SIAE (${baseUrl}).
Merci de ne pas y répondre.
