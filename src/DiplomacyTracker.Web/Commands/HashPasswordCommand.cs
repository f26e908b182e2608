using System.Text;
using DiplomacyTracker.Web.Editors;

namespace DiplomacyTracker.Web.Commands;

/// <summary>
/// <c>hash-password</c>: reads a password (typed without echo, or one line of standard input) and prints the hash
/// to put in <c>Tracker:Editors</c>. The password is never an argument, so it stays out of shell history.
/// </summary>
internal static class HashPasswordCommand
{
    public static int Run(TextReader input, TextWriter output, TextWriter prompt, bool interactive)
    {
        string? password;
        if (interactive)
        {
            prompt.Write("Password: ");
            password = ReadHidden();
            prompt.WriteLine();
        }
        else
        {
            password = input.ReadLine();
        }

        if (string.IsNullOrEmpty(password))
        {
            prompt.WriteLine("no password given");
            return 2;
        }

        output.WriteLine(EditorPasswords.Hash(password));
        return 0;
    }

    private static string ReadHidden()
    {
        var password = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        return password.ToString();
    }
}
