[${reference}] Votre convention ne sera pas renouvelée
