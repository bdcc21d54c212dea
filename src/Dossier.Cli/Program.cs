using Dossier.Cli;

return DossierApp.Run(args);
